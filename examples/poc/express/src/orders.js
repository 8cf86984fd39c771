'use strict';
// Order queries and the transactional insert, on prepared statements.

function orderRepository(db) {
  const orderById = db.prepare(
    `SELECT o.id, o.status, c.id AS customerId, c.name, c.email
       FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?`);
  const linesByOrder = db.prepare(
    `SELECT l.line_no AS lineNo, p.id AS productId, p.sku, p.name, l.quantity,
            l.unit_price_cents AS unitPriceCents
       FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.order_id = ? ORDER BY l.line_no`);
  const ordersByCustomer = db.prepare(
    `SELECT o.id, o.status, COUNT(l.id) AS lineCount,
            SUM(l.quantity * l.unit_price_cents) AS totalCents
       FROM orders o JOIN order_lines l ON l.order_id = o.id
      WHERE o.customer_id = ? GROUP BY o.id ORDER BY o.id LIMIT ? OFFSET ?`);
  const customerExists = db.prepare('SELECT 1 FROM customers WHERE id = ?').pluck();
  const productPrice = db.prepare('SELECT price_cents FROM products WHERE id = ?').pluck();
  const insertOrder = db.prepare("INSERT INTO orders (customer_id, status) VALUES (?, 'placed')");
  const insertLine = db.prepare(
    `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents)
     VALUES (?, ?, ?, ?, ?)`);

  function find(id) {
    const row = orderById.get(id);
    if (!row) return null;
    const lines = linesByOrder.all(id).map((l) => ({
      lineNo: l.lineNo,
      product: { id: l.productId, sku: l.sku, name: l.name },
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      lineTotalCents: l.quantity * l.unitPriceCents,
    }));
    return {
      id: row.id,
      status: row.status,
      customer: { id: row.customerId, name: row.name, email: row.email },
      lines,
      totalCents: lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
    };
  }

  function listByCustomer(customerId, limit, offset) {
    return ordersByCustomer.all(customerId, limit, offset);
  }

  /** Returns the field paths that name missing rows, or an empty list when all exist. */
  function unknownReferences(order) {
    const unknown = [];
    if (!customerExists.get(order.customerId)) unknown.push('customerId');
    order.lines.forEach((line, i) => {
      if (productPrice.get(line.productId) === undefined) unknown.push(`lines[${i}].productId`);
    });
    return unknown;
  }

  // IMMEDIATE takes the write lock up front, so concurrent writers wait (busy_timeout)
  // instead of failing when a read snapshot cannot be upgraded.
  const place = db.transaction((order) => {
    const orderId = Number(insertOrder.run(order.customerId).lastInsertRowid);
    order.lines.forEach((line, i) => {
      const price = productPrice.get(line.productId);
      insertLine.run(orderId, i + 1, line.productId, line.quantity, price);
    });
    return orderId;
  });

  return { find, listByCustomer, unknownReferences, place: (order) => place.immediate(order) };
}

module.exports = { orderRepository };
