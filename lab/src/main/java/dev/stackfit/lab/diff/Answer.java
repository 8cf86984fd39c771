package dev.stackfit.lab.diff;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a service answered to one request.
 *
 * @param status the HTTP status
 * @param headers the compared headers, by lower-case name; a header the answer lacked is absent
 * @param contentType the media type without parameters, lower case; empty when none
 * @param body the body as text (UTF-8)
 */
public record Answer(int status, Map<String, String> headers, String contentType, String body) {
  public Answer {
    headers = new TreeMap<>(headers);
  }

  /** True when the body should be compared as JSON. */
  boolean isJson() {
    return contentType.equals("application/json") || contentType.endsWith("+json");
  }
}
