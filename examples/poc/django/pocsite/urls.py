"""URL routes of the order proof of concept."""

from django.urls import path

from orders import views

urlpatterns = [
    path("health", views.health),
    path("json", views.hello),
    path("fortunes", views.fortunes),
    path("orders", views.orders),
    # str, not int: a malformed id must answer the same 404 problem JSON as a missing one.
    path("orders/<str:order_id>", views.order_detail),
]
