package dev.stackfit.poc.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The query of GET /orders, bound from request parameters so that every bad one is reported. */
record OrderQuery(
    @NotNull @Positive Long customer, @Min(1) @Max(100) Integer limit, @Min(0) Integer offset) {

  int limitOrDefault() {
    return limit == null ? 20 : limit;
  }

  int offsetOrDefault() {
    return offset == null ? 0 : offset;
  }
}
