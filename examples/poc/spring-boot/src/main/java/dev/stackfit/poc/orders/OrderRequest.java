package dev.stackfit.poc.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /orders, checked by Bean Validation before the controller runs. */
record OrderRequest(
    @NotNull @Positive Long customerId,
    @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Line> lines) {

  /** One requested line: a product and how many of it. */
  record Line(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(100) Integer quantity) {}
}
