package dev.stackfit.lab.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one request sent over and over; encoded once before the run.
 *
 * @param method HTTP method in upper case, such as GET
 * @param headers extra headers in order (Host, Content-Length and keep-alive are added)
 * @param body request body, empty for none
 */
public record RequestTemplate(String method, Map<String, String> headers, String body) {
  public RequestTemplate {
    if (method == null || !method.matches("[A-Z]+")) {
      throw new IllegalArgumentException("method must be an upper-case token, got " + method);
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** A plain GET without extra headers. */
  public static RequestTemplate get() {
    return new RequestTemplate("GET", Map.of(), "");
  }
}
