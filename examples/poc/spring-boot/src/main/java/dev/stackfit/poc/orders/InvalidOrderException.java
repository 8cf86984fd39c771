package dev.stackfit.poc.orders;

import java.util.List;

/** A well-formed order names customers or products that do not exist. */
final class InvalidOrderException extends RuntimeException {

  private final List<String> fieldPaths;

  InvalidOrderException(List<String> fieldPaths) {
    super("invalid order");
    this.fieldPaths = List.copyOf(fieldPaths);
  }

  List<String> fieldPaths() {
    return fieldPaths;
  }
}
