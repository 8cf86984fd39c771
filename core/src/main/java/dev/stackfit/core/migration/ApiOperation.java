package dev.stackfit.core.migration;

import java.util.Locale;
import java.util.Set;

/**
 * One operation of the current API, as its OpenAPI description lists it.
 *
 * @param method the HTTP method, upper case
 * @param path the path template, {@code /orders/{id}}
 * @param summary the operation's summary or id; empty when it has none
 */
public record ApiOperation(String method, String path, String summary) {
  /** Methods that only read; every other method changes state. */
  static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  public ApiOperation {
    method = method.toUpperCase(Locale.ROOT);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /: " + path);
    }
  }

  /** True for POST, PUT, PATCH, DELETE and the like. */
  public boolean changesState() {
    return !READS.contains(method);
  }

  /** The path's segments, without the leading slash; none for {@code /}. */
  java.util.List<String> segments() {
    return path.equals("/") ? java.util.List.of() : java.util.List.of(path.substring(1).split("/"));
  }
}
