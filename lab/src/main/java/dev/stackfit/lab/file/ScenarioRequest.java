package dev.stackfit.lab.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One kind of request in the scenario's weighted mix.
 *
 * @param method upper-case HTTP method
 * @param path path and query, starting with a slash
 * @param headers extra request headers in order
 * @param body request body, empty for none
 * @param expectStatus acceptable statuses; empty means any below 400
 * @param bodyContains text a good response body contains, or null
 * @param weight share of the traffic, relative to the other requests' weights
 */
public record ScenarioRequest(
    String method,
    String path,
    Map<String, String> headers,
    String body,
    Set<Integer> expectStatus,
    String bodyContains,
    int weight) {

  public ScenarioRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
    expectStatus = Set.copyOf(expectStatus);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /, got " + path);
    }
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be at least 1, got " + weight);
    }
  }

  /** "GET /hello", for progress and the report. */
  public String label() {
    return method + " " + path;
  }
}
