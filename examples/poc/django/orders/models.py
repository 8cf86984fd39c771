"""Models over the shared schema (examples/poc/schema.sql), which Django reads but does not migrate."""

from django.db import models


class Customer(models.Model):
    name = models.TextField()
    email = models.TextField(unique=True)

    class Meta:
        managed = False
        db_table = "customers"


class Product(models.Model):
    sku = models.TextField(unique=True)
    name = models.TextField()
    price_cents = models.IntegerField()

    class Meta:
        managed = False
        db_table = "products"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="orders")
    status = models.TextField()

    class Meta:
        managed = False
        db_table = "orders"


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    line_no = models.IntegerField()
    product = models.ForeignKey(Product, on_delete=models.PROTECT)
    quantity = models.IntegerField()
    unit_price_cents = models.IntegerField()

    class Meta:
        managed = False
        db_table = "order_lines"


class Fortune(models.Model):
    message = models.TextField()

    class Meta:
        managed = False
        db_table = "fortune"
