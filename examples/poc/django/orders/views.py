"""Function-based views of the order API: JSON in and out, problem JSON on errors."""

import json
import re

from django.db import transaction
from django.db.models import Count, F, Sum
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from orders.models import Customer, Fortune, Order, OrderLine, Product
from orders.validation import list_query, order_problems

TITLES = {400: "Bad Request", 404: "Not Found"}


def problem(request, status, detail, errors=None):
    """RFC 9457 problem JSON; `type` is left out, which means about:blank."""
    body = {"title": TITLES[status], "status": status, "detail": detail, "instance": request.path}
    if errors is not None:
        body["errors"] = errors
    return JsonResponse(body, status=status, content_type="application/problem+json")


@require_GET
def health(request):
    return JsonResponse({"status": "ok"})


@require_GET
def hello(request):
    return JsonResponse({"message": "Hello, World!"})


@require_GET
def fortunes(request):
    rows = list(Fortune.objects.all())
    rows.append(Fortune(id=0, message="Additional fortune added at request time."))
    rows.sort(key=lambda fortune: fortune.message)
    return render(request, "fortunes.html", {"fortunes": rows})


def order_json(order):
    lines = [
        {
            "lineNo": line.line_no,
            "product": {"id": line.product.id, "sku": line.product.sku, "name": line.product.name},
            "quantity": line.quantity,
            "unitPriceCents": line.unit_price_cents,
            "lineTotalCents": line.quantity * line.unit_price_cents,
        }
        for line in order.lines.select_related("product").order_by("line_no")
    ]
    customer = order.customer
    return {
        "id": order.id,
        "status": order.status,
        "customer": {"id": customer.id, "name": customer.name, "email": customer.email},
        "lines": lines,
        "totalCents": sum(line["lineTotalCents"] for line in lines),
    }


@require_GET
def order_detail(request, order_id):
    order = None
    if re.fullmatch(r"[0-9]{1,18}", order_id):
        order = Order.objects.select_related("customer").filter(pk=int(order_id)).first()
    if order is None:
        return problem(request, 404, f"order {order_id} not found")
    return JsonResponse(order_json(order))


@require_http_methods(["GET", "POST"])
def orders(request):
    return create_order(request) if request.method == "POST" else list_orders(request)


def list_orders(request):
    customer, limit, offset, problems = list_query(request.GET)
    if problems:
        return problem(request, 400, "invalid query parameters", problems)
    page = (
        Order.objects.filter(customer_id=customer)
        .annotate(line_count=Count("lines"), total_cents=Sum(F("lines__quantity") * F("lines__unit_price_cents")))
        .order_by("id")[offset : offset + limit]
    )
    summaries = [
        {"id": o.id, "status": o.status, "lineCount": o.line_count, "totalCents": o.total_cents} for o in page
    ]
    return JsonResponse({"customerId": customer, "limit": limit, "offset": offset, "orders": summaries})


def create_order(request):
    try:
        body = json.loads(request.body)
    except ValueError:
        return problem(request, 400, "invalid order", ["body"])
    problems = order_problems(body)
    if problems:
        return problem(request, 400, "invalid order", problems)
    products = Product.objects.in_bulk({line["productId"] for line in body["lines"]})
    unknown = [] if Customer.objects.filter(pk=body["customerId"]).exists() else ["customerId"]
    unknown += [f"lines[{i}].productId" for i, line in enumerate(body["lines"]) if line["productId"] not in products]
    if unknown:
        return problem(request, 400, "invalid order", sorted(unknown))
    # The first statement in the transaction is the INSERT, so SQLite takes the write lock at once
    # (waiting up to the busy timeout) rather than failing to upgrade a read snapshot.
    with transaction.atomic():
        order = Order.objects.create(customer_id=body["customerId"], status="placed")
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                line_no=i,
                product=products[line["productId"]],
                quantity=line["quantity"],
                unit_price_cents=products[line["productId"]].price_cents,
            )
            for i, line in enumerate(body["lines"], start=1)
        )
    response = JsonResponse(order_json(Order.objects.select_related("customer").get(pk=order.pk)), status=201)
    response["Location"] = f"/orders/{order.pk}"
    return response
