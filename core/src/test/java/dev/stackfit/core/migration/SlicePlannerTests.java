package dev.stackfit.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.switching.SwitchingCost;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlicePlannerTests {
  private static final SwitchingCost COST = new SwitchingCost(0.05, 0.5, 10, 4, List.of());

  private static final List<ApiOperation> API =
      List.of(
          new ApiOperation("get", "/api/v1/orders/{id}", "an order"),
          new ApiOperation("GET", "/api/v1/orders", ""),
          new ApiOperation("POST", "/api/v1/orders", ""),
          new ApiOperation("DELETE", "/api/v1/orders/{id}", ""),
          new ApiOperation("GET", "/api/v1/customers/{id}", ""),
          new ApiOperation("GET", "/api/v1/products", ""),
          new ApiOperation("GET", "/api/v1/products/{sku}", ""),
          new ApiOperation("GET", "/api/v1/products/{sku}/stock", ""));

  @Test
  void groupsByResourceAfterTheSharedPrefixAndMovesReadsBeforeWritesAndSmallerFirst() {
    List<Slice> slices = SlicePlanner.plan(API, Optional.empty(), COST);

    assertThat(slices)
        .extracting(Slice::id)
        .containsExactly("customers-reads", "orders-reads", "products-reads", "orders-writes");
    assertThat(slices.get(3).prefix()).isEqualTo("/api/v1/orders");
    assertThat(slices.get(3).methods()).containsExactly("POST", "DELETE");
    assertThat(slices.get(0).reason()).contains("read-only").contains("the smallest step");
    assertThat(slices.get(3).reason()).contains("after the 3 read-only slices");
  }

  @Test
  void lighterTrafficMovesFirstWhenTrafficWasRecorded() {
    List<RecordedRequest> traffic =
        List.of(
            new RecordedRequest("GET", "/api/v1/customers/3"),
            new RecordedRequest("GET", "/api/v1/customers/4?full=1"),
            new RecordedRequest("GET", "/api/v1/customers/5"),
            new RecordedRequest("GET", "/api/v1/orders/7"),
            new RecordedRequest("HEAD", "/api/v1/products"),
            new RecordedRequest("GET", "/api/v1/ordersx"),
            new RecordedRequest("POST", "/api/v1/orders"));

    List<Slice> slices = SlicePlanner.plan(API, Optional.of(traffic), COST);

    assertThat(slices)
        .extracting(Slice::id)
        .containsExactly("orders-reads", "products-reads", "customers-reads", "orders-writes");
    assertThat(slices.get(2).recordedRequests()).hasValue(3);
    assertThat(slices.get(2).reason()).contains("3 of 7 recorded requests (42.9%)");
  }

  @Test
  void sharesTheRewriteByOperations() {
    List<Slice> slices = SlicePlanner.plan(API, Optional.empty(), COST);
    Slice products = slices.get(2);
    assertThat(products.personMonths()).isEqualTo(10 * 3 / 8.0);
    assertThat(products.months()).isEqualTo(4 * 3 / 8.0);
    assertThat(slices.stream().mapToDouble(Slice::personMonths).sum()).isEqualTo(10.0);
  }

  @Test
  void matchesTheSlicesRequestsOnly() {
    Slice orders = SlicePlanner.plan(API, Optional.empty(), COST).get(1);
    assertThat(orders.match()).isEqualTo("^(GET|HEAD) /api/v1/orders(/|$)");
    assertThat(orders.matches("GET", "/api/v1/orders?customer=3")).isTrue();
    assertThat(orders.matches("GET", "/api/v1/orders/12")).isTrue();
    assertThat(orders.matches("GET", "/api/v1/ordersx")).isFalse();
    assertThat(orders.matches("POST", "/api/v1/orders")).isFalse();
  }

  @Test
  void anApiAtTheRootWithOneResourceKeepsItsName() {
    List<Slice> slices =
        SlicePlanner.plan(
            List.of(
                new ApiOperation("GET", "/orders", ""), new ApiOperation("GET", "/", "welcome")),
            Optional.empty(),
            COST);
    assertThat(slices).extracting(Slice::id).containsExactly("orders-reads", "root-reads");
    assertThat(slices.get(1).match()).isEqualTo("^(GET|HEAD) /$");
  }
}
