package dev.stackfit.web.team;

import dev.stackfit.core.text.TextLimit;
import dev.stackfit.web.HttpProblem;

/**
 * Free text from the team's forms and API (titles, rationale, comments, concerns): stripped, and
 * refused with a 400 naming the field's documented maximum when it is longer.
 */
final class TextFields {
  private TextFields() {}

  /**
   * @param value what was sent, or null for nothing
   * @param problemType the problem type of the refusal ("bad-parameter", "bad-ballot")
   */
  static String text(String value, TextLimit limit, String problemType) {
    String text = value == null ? "" : value.strip();
    limit
        .problem(text)
        .ifPresent(
            problem -> {
              throw HttpProblem.badRequest(problemType, problem);
            });
    return text;
  }
}
