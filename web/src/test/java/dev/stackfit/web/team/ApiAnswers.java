package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;

/** Checks on the JSON API's answers, shared by the API test classes. */
final class ApiAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM = "application/problem+json";

  private ApiAnswers() {}

  /** The body as JSON; an answer that is not JSON fails with its status and body. */
  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(r.statusCode() + " " + r.body(), e);
    }
  }

  /** The JSON body of an answer that must have {@code status}. */
  static JsonNode ok(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return json(r);
  }

  /**
   * A ballot's JSON rating {@code favourite} of {@code frameworks} 5 and the rest 2 on every
   * criterion, with two weights; {@code more} adds fields (",\"concerns\":...") before the end.
   */
  static String ballot(List<String> frameworks, int favourite, String more) {
    StringBuilder ratings = new StringBuilder();
    for (int f = 0; f < frameworks.size(); f++) {
      ratings.append(f == 0 ? "" : ",").append('"').append(frameworks.get(f)).append("\":{");
      int c = 0;
      for (var criterion : DecisionSessions.CRITERIA) {
        ratings
            .append(c++ == 0 ? "" : ",")
            .append('"')
            .append(criterion.id())
            .append("\":")
            .append(f == favourite ? 5 : 2);
      }
      ratings.append('}');
    }
    return "{\"weights\":{\"team-expertise\":70,\"scale-fit\":40},\"ratings\":{"
        + ratings
        + "}"
        + more
        + "}";
  }

  /**
   * A 4xx answer with an RFC 9457 problem body of the given type and a detail that names no
   * exception; returns the detail.
   */
  static String problem(HttpResponse<String> r, int status, String type) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
    JsonNode body = json(r);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).endsWith(type);
    assertThat(body.path("detail").asText()).isNotBlank().doesNotContain("Exception");
    return body.path("detail").asText();
  }
}
