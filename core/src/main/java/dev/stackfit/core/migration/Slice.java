package dev.stackfit.core.migration;

import java.util.List;
import java.util.OptionalLong;

/**
 * One piece of the API that moves to the new service at once: a resource's reads, or its writes.
 *
 * @param order 1-based place in the plan
 * @param id stable name, {@code orders-reads}
 * @param prefix the path every operation of the slice starts with, {@code /api/orders}
 * @param changesState true for a slice of writes
 * @param operations its operations, in the order the API lists them
 * @param recordedRequests requests to it in the recorded traffic; empty when none was given
 * @param personMonths the slice's share of the rewrite, in person-months
 * @param months the slice's share of the move's calendar time, with the migrating part of the team
 * @param reason why it has this place
 */
public record Slice(
    int order,
    String id,
    String prefix,
    boolean changesState,
    List<ApiOperation> operations,
    OptionalLong recordedRequests,
    double personMonths,
    double months,
    String reason) {
  public Slice {
    operations = List.copyOf(operations);
  }

  /** The methods of its operations, GET with HEAD, in a fixed order. */
  public List<String> methods() {
    List<String> all = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE");
    return all.stream()
        .filter(
            m ->
                operations.stream()
                    .anyMatch(
                        o ->
                            o.method().equals(m) || (m.equals("HEAD") && o.method().equals("GET"))))
        .toList();
  }

  /**
   * The regular expression that picks the slice's requests out of {@code "METHOD /path"} (the path
   * without its query): the facade's routing key and {@code lab diff --match}.
   */
  public String match() {
    String methods = "^(" + String.join("|", methods()) + ") ";
    if (prefix.equals("/")) {
      return methods + "/$";
    }
    StringBuilder path = new StringBuilder();
    for (String segment : prefix.substring(1).split("/")) {
      path.append('/').append(segment.startsWith("{") ? "[^/]+" : quote(segment));
    }
    return methods + path + "(/|$)";
  }

  /** True when a request with this method and path (query allowed) belongs to the slice. */
  public boolean matches(String method, String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    return java.util.regex.Pattern.compile(match()).matcher(method + " " + bare).find();
  }

  private static String quote(String literal) {
    return literal.replaceAll("([.\\\\+*?\\[^\\]$(){}=!<>|:#-])", "\\\\$1");
  }
}
