"""The FastAPI application: plain `def` endpoints, which FastAPI runs in its threadpool."""

import sqlite3
from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates

from app import orders
from app.db import connection
from app.models import OrderIn

app = FastAPI(title="stackfit PoC: orders", openapi_url=None, docs_url=None, redoc_url=None)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

TITLES = {400: "Bad Request", 404: "Not Found"}


def problem(request: Request, status: int, detail: str, errors: Optional[list] = None) -> JSONResponse:
    """RFC 9457 problem JSON; `type` is left out, which means about:blank."""
    body = {"title": TITLES[status], "status": status, "detail": detail, "instance": request.url.path}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


def field_path(location: tuple) -> str:
    """('body', 'lines', 0, 'quantity') becomes 'lines[0].quantity'; a bare body error is 'body'."""
    path = ""
    for part in location[1:]:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "body"


@app.exception_handler(RequestValidationError)
def validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any(error["loc"][0] == "path" for error in errors):
        return problem(request, 404, f"order {request.path_params.get('order_id')} not found")
    if any(error["type"] == "value_error.jsondecode" for error in errors):
        return problem(request, 400, "invalid order", ["body"])
    paths = sorted({field_path(error["loc"]) for error in errors})
    detail = "invalid query parameters" if errors[0]["loc"][0] == "query" else "invalid order"
    return problem(request, 400, detail, paths)


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}


@app.get("/json")
def hello() -> dict:
    return {"message": "Hello, World!"}


@app.get("/fortunes")
def fortunes(request: Request, db: sqlite3.Connection = Depends(connection)):
    rows = [{"id": r["id"], "message": r["message"]} for r in db.execute("SELECT id, message FROM fortune")]
    rows.append({"id": 0, "message": "Additional fortune added at request time."})
    rows.sort(key=lambda row: row["message"])
    return templates.TemplateResponse("fortunes.html", {"request": request, "fortunes": rows})


@app.get("/orders/{order_id}")
def get_order(request: Request, order_id: int, db: sqlite3.Connection = Depends(connection)):
    order = orders.find(db, order_id) if order_id >= 0 else None
    if order is None:
        return problem(request, 404, f"order {order_id} not found")
    return order


@app.get("/orders")
def list_orders(
    customer: int = Query(..., ge=1),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: sqlite3.Connection = Depends(connection),
):
    page = orders.list_by_customer(db, customer, limit, offset)
    return {"customerId": customer, "limit": limit, "offset": offset, "orders": page}


@app.post("/orders", status_code=201)
def create_order(request: Request, order: OrderIn, db: sqlite3.Connection = Depends(connection)):
    unknown = orders.unknown_references(db, order)
    if unknown:
        return problem(request, 400, "invalid order", unknown)
    order_id = orders.place(db, order)
    return JSONResponse(orders.find(db, order_id), status_code=201, headers={"Location": f"/orders/{order_id}"})
