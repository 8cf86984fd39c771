package dev.stackfit.formats.decision;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Java team's evaluation of Alpha (Java, first) and Beta (Python, second), and decisions on it.
 * Alpha's only release line ends inside the five-year life: an upgrade to plan, not good news.
 */
final class DecisionFixture {
  static final Evaluation EVALUATION =
      Evaluator.evaluate(
          profile().knows(Language.JAVA, Level.EXPERT).lifespan(5).build(),
          new Catalog(
              TODAY,
              List.of(
                  framework("alpha")
                      .releases(
                          new Release(
                              "3",
                              LocalDate.of(2024, 1, 10),
                              null,
                              LocalDate.of(2030, 6, 30),
                              true))
                      .build(),
                  framework("beta").languages(Language.PYTHON).build())),
          new EvaluationOptions(TODAY, 1, 0, Optional.empty()));

  private DecisionFixture() {}

  static Decision choose(String chosen, String rationale) {
    return new Decision(
        "0003",
        "Pick a framework",
        DecisionStatus.ACCEPTED,
        Optional.empty(),
        TODAY,
        chosen,
        List.of("alpha", "beta"),
        rationale,
        List.of("Fran"),
        List.of("Ada"),
        List.of(),
        TODAY.plusMonths(6),
        "",
        Baseline.of(EVALUATION));
  }
}
