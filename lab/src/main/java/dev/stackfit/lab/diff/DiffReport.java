package dev.stackfit.lab.diff;

import java.net.URI;
import java.util.List;

/**
 * The result of {@code lab diff}: per endpoint, the differences between the old and the new service
 * that the old service's own noise does not explain (docs/migration.md, "The diff").
 *
 * @param oldUrl the old service
 * @param newUrl the new service
 * @param noiseFrom how noise was learned: "a second instance of the old service at URL" or "the old
 *     service asked twice"
 * @param headers the compared headers, lower case
 * @param requests how many requests were sent to each
 * @param endpoints per endpoint, in the order the requests first named them
 */
public record DiffReport(
    URI oldUrl,
    URI newUrl,
    String noiseFrom,
    List<String> headers,
    int requests,
    List<Endpoint> endpoints) {
  public DiffReport {
    headers = List.copyOf(headers);
    endpoints = List.copyOf(endpoints);
  }

  /** Requests whose answers differ beyond the noise, over all endpoints. */
  public int differing() {
    return endpoints.stream().mapToInt(Endpoint::differing).sum();
  }

  /** True when no request's answers differ beyond the noise. */
  public boolean same() {
    return differing() == 0;
  }

  /**
   * One endpoint's tally.
   *
   * @param endpoint method and path pattern, {@code GET /orders/{id}}
   * @param requests requests sent to it
   * @param differing requests whose answers differ beyond the noise
   * @param noise fields that differed between two answers of the old service, so are ignored
   * @param fields the fields that differ beyond the noise, with examples
   */
  public record Endpoint(
      String endpoint, int requests, int differing, List<String> noise, List<Field> fields) {
    public Endpoint {
      noise = List.copyOf(noise);
      fields = List.copyOf(fields);
    }
  }

  /**
   * A field that differs beyond the noise.
   *
   * @param field the field, array positions as {@code [*]}
   * @param requests requests in which it differs
   * @param examples a few of them
   */
  public record Field(String field, int requests, List<Example> examples) {
    public Field {
      examples = List.copyOf(examples);
    }
  }

  /**
   * One request in which a field differs.
   *
   * @param request method and path as sent
   * @param origin where the request came from (file and line)
   * @param field the field with its positions
   * @param oldValue the old service's value, shortened
   * @param newValue the new service's value, shortened
   */
  public record Example(
      String request, String origin, String field, String oldValue, String newValue) {}
}
