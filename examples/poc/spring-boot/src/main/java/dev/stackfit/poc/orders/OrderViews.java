package dev.stackfit.poc.orders;

import java.util.List;

/** The JSON shapes the order API answers with, identical across the four proofs of concept. */
final class OrderViews {

  private OrderViews() {}

  record Order(long id, String status, Customer customer, List<Line> lines, long totalCents) {}

  record Customer(long id, String name, String email) {}

  record Line(
      int lineNo, Product product, int quantity, long unitPriceCents, long lineTotalCents) {}

  record Product(long id, String sku, String name) {}

  record Summary(long id, String status, int lineCount, long totalCents) {}

  record Page(long customerId, int limit, int offset, List<Summary> orders) {}
}
