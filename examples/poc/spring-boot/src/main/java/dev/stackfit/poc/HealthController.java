package dev.stackfit.poc;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness and TechEmpower's JSON test. */
@RestController
class HealthController {

  @GetMapping("/health")
  Map<String, String> health() {
    return Map.of("status", "ok");
  }

  @GetMapping("/json")
  Map<String, String> json() {
    return Map.of("message", "Hello, World!");
  }
}
