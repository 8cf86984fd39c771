"""Request validation: each function returns the sorted field paths that fail, empty when valid."""

import re

MAX_LINES = 20
_DECIMAL = re.compile(r"[0-9]{1,9}")


def _is_int(value, low, high) -> bool:
    # bool is an int in Python, but JSON true is not a quantity.
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def order_problems(body) -> list:
    if not isinstance(body, dict):
        return ["body"]
    problems = []
    if not _is_int(body.get("customerId"), 1, 2**63 - 1):
        problems.append("customerId")
    lines = body.get("lines")
    if not isinstance(lines, list) or not 1 <= len(lines) <= MAX_LINES:
        problems.append("lines")
        return sorted(problems)
    for i, line in enumerate(lines):
        if not isinstance(line, dict):
            problems.append(f"lines[{i}]")
            continue
        if not _is_int(line.get("productId"), 1, 2**63 - 1):
            problems.append(f"lines[{i}].productId")
        if not _is_int(line.get("quantity"), 1, 100):
            problems.append(f"lines[{i}].quantity")
    return sorted(problems)


def query_integer(params, name: str, default):
    """The parameter as an int, the default when absent, None when malformed."""
    raw = params.get(name)
    if raw is None:
        return default
    return int(raw) if _DECIMAL.fullmatch(raw) else None


def list_query(params) -> tuple:
    customer = query_integer(params, "customer", None)
    limit = query_integer(params, "limit", 20)
    offset = query_integer(params, "offset", 0)
    problems = []
    if customer is None or customer < 1:
        problems.append("customer")
    if limit is None or not 1 <= limit <= 100:
        problems.append("limit")
    if offset is None:
        problems.append("offset")
    return customer, limit, offset, problems
