package dev.stackfit.lab.diff;

import java.util.regex.Pattern;

/**
 * Groups requests by endpoint: the method and the path without its query, with segments that look
 * like identifiers (numbers, UUIDs, long hexadecimal strings) written {@code {id}}, so that {@code
 * GET /orders/17} and {@code GET /orders/18} are one endpoint, {@code GET /orders/{id}}.
 */
final class Endpoints {
  private static final Pattern ID =
      Pattern.compile(
          "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
              + "|[0-9a-fA-F]{16,}");

  private Endpoints() {}

  static String of(DiffRequest request) {
    String path = request.path();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    StringBuilder out = new StringBuilder(request.method()).append(' ');
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      out.append('/').append(ID.matcher(segments[i]).matches() ? "{id}" : segments[i]);
    }
    return segments.length == 1 ? out.append('/').toString() : out.toString();
  }
}
