package dev.stackfit.web;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Problem;
import java.util.List;

/**
 * A profile stored with an evaluation or a decision names something the catalog no longer has, so
 * it cannot be evaluated again; the stored result itself is still there. Answered with 409.
 */
public final class StaleProfileException extends BadInputException {
  private final List<Problem> problems;

  StaleProfileException(String detail, List<Problem> problems) {
    super(detail);
    this.problems = List.copyOf(problems);
  }

  /** What the current catalog refuses in the stored profile. */
  public List<Problem> problems() {
    return problems;
  }
}
