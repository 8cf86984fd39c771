package dev.stackfit.poc.orders;

import dev.stackfit.poc.orders.OrderViews.Customer;
import dev.stackfit.poc.orders.OrderViews.Line;
import dev.stackfit.poc.orders.OrderViews.Order;
import dev.stackfit.poc.orders.OrderViews.Product;
import dev.stackfit.poc.orders.OrderViews.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Order queries and the transactional insert, in plain SQL through Spring's JdbcClient. */
@Repository
class OrderRepository {

  private final JdbcClient jdbc;

  OrderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The order with its customer and lines. Two queries one after the other: a nested query inside
   * the first one's row mapper would hold two pooled connections per request and can exhaust the
   * pool under load.
   */
  Optional<Order> find(long id) {
    Optional<OrderHead> head =
        jdbc.sql(
                """
                SELECT o.id, o.status, c.id AS customer_id, c.name, c.email
                  FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?""")
            .param(id)
            .query(
                (rs, n) ->
                    new OrderHead(
                        rs.getLong("id"),
                        rs.getString("status"),
                        new Customer(
                            rs.getLong("customer_id"),
                            rs.getString("name"),
                            rs.getString("email"))))
            .optional();
    return head.map(
        h -> {
          List<Line> lines = lines(h.id());
          long total = lines.stream().mapToLong(Line::lineTotalCents).sum();
          return new Order(h.id(), h.status(), h.customer(), lines, total);
        });
  }

  private record OrderHead(long id, String status, Customer customer) {}

  private List<Line> lines(long orderId) {
    return jdbc.sql(
            """
            SELECT l.line_no, p.id, p.sku, p.name, l.quantity, l.unit_price_cents
              FROM order_lines l JOIN products p ON p.id = l.product_id
             WHERE l.order_id = ? ORDER BY l.line_no""")
        .param(orderId)
        .query(
            (rs, n) -> {
              var product =
                  new Product(rs.getLong("id"), rs.getString("sku"), rs.getString("name"));
              int quantity = rs.getInt("quantity");
              long price = rs.getLong("unit_price_cents");
              return new Line(rs.getInt("line_no"), product, quantity, price, quantity * price);
            })
        .list();
  }

  List<Summary> byCustomer(long customerId, int limit, int offset) {
    return jdbc.sql(
            """
            SELECT o.id, o.status, COUNT(l.id) AS line_count,
                   SUM(l.quantity * l.unit_price_cents) AS total_cents
              FROM orders o JOIN order_lines l ON l.order_id = o.id
             WHERE o.customer_id = ? GROUP BY o.id ORDER BY o.id LIMIT ? OFFSET ?""")
        .params(customerId, limit, offset)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getLong("id"),
                    rs.getString("status"),
                    rs.getInt("line_count"),
                    rs.getLong("total_cents")))
        .list();
  }

  /** Field paths of the request that name customers or products that do not exist. */
  List<String> unknownReferences(OrderRequest request) {
    List<String> unknown = new ArrayList<>();
    if (!exists("SELECT COUNT(*) FROM customers WHERE id = ?", request.customerId())) {
      unknown.add("customerId");
    }
    for (int i = 0; i < request.lines().size(); i++) {
      if (!exists(
          "SELECT COUNT(*) FROM products WHERE id = ?", request.lines().get(i).productId())) {
        unknown.add("lines[" + i + "].productId");
      }
    }
    return unknown;
  }

  private boolean exists(String sql, long id) {
    return jdbc.sql(sql).param(id).query(Long.class).single() > 0;
  }

  /** Inserts the order and its lines in one transaction (BEGIN IMMEDIATE, see the JDBC URL). */
  @Transactional
  long place(OrderRequest request) {
    jdbc.sql("INSERT INTO orders (customer_id, status) VALUES (?, 'placed')")
        .param(request.customerId())
        .update();
    long orderId = jdbc.sql("SELECT last_insert_rowid()").query(Long.class).single();
    int lineNo = 1;
    for (OrderRequest.Line line : request.lines()) {
      jdbc.sql(
              """
              INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents)
              SELECT ?, ?, id, ?, price_cents FROM products WHERE id = ?""")
          .params(orderId, lineNo++, line.quantity(), line.productId())
          .update();
    }
    return orderId;
  }
}
