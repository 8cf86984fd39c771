"""Order queries and the transactional insert, on plain sqlite3."""

import sqlite3
from typing import Optional

from app.models import OrderIn


def find(db: sqlite3.Connection, order_id: int) -> Optional[dict]:
    row = db.execute(
        "SELECT o.id, o.status, c.id AS customer_id, c.name, c.email"
        " FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?",
        (order_id,),
    ).fetchone()
    if row is None:
        return None
    lines = [
        {
            "lineNo": line["line_no"],
            "product": {"id": line["product_id"], "sku": line["sku"], "name": line["name"]},
            "quantity": line["quantity"],
            "unitPriceCents": line["unit_price_cents"],
            "lineTotalCents": line["quantity"] * line["unit_price_cents"],
        }
        for line in db.execute(
            "SELECT l.line_no, p.id AS product_id, p.sku, p.name, l.quantity, l.unit_price_cents"
            " FROM order_lines l JOIN products p ON p.id = l.product_id"
            " WHERE l.order_id = ? ORDER BY l.line_no",
            (order_id,),
        )
    ]
    return {
        "id": row["id"],
        "status": row["status"],
        "customer": {"id": row["customer_id"], "name": row["name"], "email": row["email"]},
        "lines": lines,
        "totalCents": sum(line["lineTotalCents"] for line in lines),
    }


def list_by_customer(db: sqlite3.Connection, customer: int, limit: int, offset: int) -> list:
    rows = db.execute(
        "SELECT o.id, o.status, COUNT(l.id) AS line_count,"
        " SUM(l.quantity * l.unit_price_cents) AS total_cents"
        " FROM orders o JOIN order_lines l ON l.order_id = o.id"
        " WHERE o.customer_id = ? GROUP BY o.id ORDER BY o.id LIMIT ? OFFSET ?",
        (customer, limit, offset),
    )
    return [
        {"id": r["id"], "status": r["status"], "lineCount": r["line_count"], "totalCents": r["total_cents"]}
        for r in rows
    ]


def unknown_references(db: sqlite3.Connection, order: OrderIn) -> list:
    """Field paths of the request that name rows that do not exist."""
    unknown = []
    if db.execute("SELECT 1 FROM customers WHERE id = ?", (order.customer_id,)).fetchone() is None:
        unknown.append("customerId")
    for i, line in enumerate(order.lines):
        if db.execute("SELECT 1 FROM products WHERE id = ?", (line.product_id,)).fetchone() is None:
            unknown.append(f"lines[{i}].productId")
    return sorted(unknown)


def place(db: sqlite3.Connection, order: OrderIn) -> int:
    # IMMEDIATE takes the write lock first: concurrent writers wait instead of failing on upgrade.
    db.execute("BEGIN IMMEDIATE")
    try:
        order_id = db.execute(
            "INSERT INTO orders (customer_id, status) VALUES (?, 'placed')", (order.customer_id,)
        ).lastrowid
        for line_no, line in enumerate(order.lines, start=1):
            db.execute(
                "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents)"
                " SELECT ?, ?, id, ?, price_cents FROM products WHERE id = ?",
                (order_id, line_no, line.quantity, line.product_id),
            )
        db.execute("COMMIT")
        return order_id
    except BaseException:
        db.execute("ROLLBACK")
        raise
