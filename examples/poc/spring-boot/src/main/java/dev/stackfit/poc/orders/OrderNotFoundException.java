package dev.stackfit.poc.orders;

/** No order has the requested id (or the id is not a number at all). */
final class OrderNotFoundException extends RuntimeException {

  OrderNotFoundException(String id) {
    super("order " + id + " not found");
  }
}
