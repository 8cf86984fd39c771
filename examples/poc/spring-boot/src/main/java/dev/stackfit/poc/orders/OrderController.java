package dev.stackfit.poc.orders;

import dev.stackfit.poc.orders.OrderViews.Order;
import dev.stackfit.poc.orders.OrderViews.Page;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The order endpoints: a join, a filtered page and a validated transactional insert. */
@RestController
class OrderController {

  private final OrderRepository orders;

  OrderController(OrderRepository orders) {
    this.orders = orders;
  }

  @GetMapping("/orders/{id}")
  Order order(@PathVariable long id) {
    return orders.find(id).orElseThrow(() -> new OrderNotFoundException(String.valueOf(id)));
  }

  @GetMapping("/orders")
  Page page(@Valid @ModelAttribute OrderQuery query) {
    int limit = query.limitOrDefault();
    int offset = query.offsetOrDefault();
    return new Page(
        query.customer(), limit, offset, orders.byCustomer(query.customer(), limit, offset));
  }

  @PostMapping("/orders")
  ResponseEntity<Order> place(@Valid @RequestBody OrderRequest request) {
    List<String> unknown = orders.unknownReferences(request);
    if (!unknown.isEmpty()) {
      throw new InvalidOrderException(unknown);
    }
    long id = orders.place(request);
    Order created = orders.find(id).orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/orders/" + id))
        .body(created);
  }
}
