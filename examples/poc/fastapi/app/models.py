"""Request models: Pydantic validates the POST /orders body before the endpoint runs."""

from pydantic import BaseModel, Field, conint, conlist

# Strict: a JSON string or float is not silently turned into an id or a quantity.
Id = conint(strict=True, ge=1)
Quantity = conint(strict=True, ge=1, le=100)


class OrderLineIn(BaseModel):
    product_id: Id = Field(..., alias="productId")
    quantity: Quantity


class OrderIn(BaseModel):
    customer_id: Id = Field(..., alias="customerId")
    lines: conlist(OrderLineIn, min_items=1, max_items=20)
