package dev.stackfit.web.team;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.web.HttpProblem;
import io.javalin.http.Context;

/**
 * The JSON objects API clients send to the team endpoints, read field by field: a missing field is
 * its default, a field of the wrong type a 400 naming it. Bodies are bounded by the app's request
 * limit before they get here.
 */
final class ApiBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiBodies() {}

  /** The body as a JSON object; an empty body is an empty object. */
  static JsonNode object(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return MAPPER.createObjectNode();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, "malformed-json", "Malformed JSON", e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw HttpProblem.badRequest("bad-input", "the body must be a JSON object");
    }
    return node;
  }

  /** A string field, or null when it is missing or null. */
  static String text(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw HttpProblem.badRequest("bad-parameter", field + ": expected a string, was " + value);
    }
    return value.asText();
  }

  /** A whole-number field in {@code min..max}, or {@code fallback} when it is missing or null. */
  static int integer(JsonNode body, String field, int fallback, int min, int max) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw HttpProblem.badRequest(
          "bad-parameter", field + ": expected a whole number, was " + value);
    }
    int n = value.asInt();
    if (n < min || n > max) {
      throw HttpProblem.badRequest(
          "bad-parameter", field + ": expected " + min + " to " + max + ", was " + n);
    }
    return n;
  }
}
