package dev.stackfit.core.decision;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Profile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReassessmentTests {
  private static final Profile PROFILE =
      profile().knows(Language.JAVA, Level.EXPERT).lifespan(5).build();

  private static Evaluation evaluate(LocalDate day, Framework... frameworks) {
    return Evaluator.evaluate(
        PROFILE,
        new Catalog(day, List.of(frameworks)),
        new EvaluationOptions(day, 1, 0, Optional.empty()));
  }

  private static Decision decide(Evaluation then, String chosen) {
    return new Decision(
        "0001",
        "Use " + chosen,
        DecisionStatus.ACCEPTED,
        Optional.empty(),
        then.today(),
        chosen,
        then.shortlist().ids(),
        "team knows it",
        List.of("lead"),
        List.of("dev"),
        List.of("ops"),
        then.today().plusMonths(Decision.DEFAULT_REVIEW_MONTHS),
        "",
        Baseline.of(then));
  }

  @Test
  void nothingChangedGivesOnlyTheStandingTeamQuestions() {
    Framework a = framework("alpha").build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Evaluation then = evaluate(TODAY, a, b);
    Reassessment.Result r =
        Reassessment.compare(decide(then, "alpha"), evaluate(TODAY, a, b), TODAY);
    assertThat(r.drifted()).isFalse();
    assertThat(r.findings())
        .extracting(Reassessment.Finding::kind)
        .containsOnly(Reassessment.Kind.TEAM_QUESTION);
    assertThat(r.due()).isFalse();
  }

  @Test
  void aNewMajorAndAnEndOfLifeWithinAYearAreReported() {
    Framework then = framework("alpha").build();
    Framework now =
        framework("alpha")
            .version(
                new Version(
                    "4", LocalDate.of(2027, 3, 1), "4.0.0", LocalDate.of(2027, 3, 1), false))
            .releases(
                new Release("4", LocalDate.of(2027, 3, 1), null, LocalDate.of(2030, 1, 1), false),
                new Release("3", LocalDate.of(2024, 1, 10), null, LocalDate.of(2027, 9, 30), false))
            .build();
    Framework other = framework("beta").languages(Language.PYTHON).build();
    LocalDate later = LocalDate.of(2027, 5, 26);
    Decision decision = decide(evaluate(TODAY, then, other), "alpha");
    Reassessment.Result r = Reassessment.compare(decision, evaluate(later, now, other), later);
    assertThat(r.due()).isTrue();
    assertThat(r.findings().get(0).kind()).isEqualTo(Reassessment.Kind.END_OF_LIFE);
    assertThat(r.findings().get(0).message())
        .contains("line 3 reaches end of life on 2027-09-30, within the next 12 months");
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.kind() == Reassessment.Kind.NEW_MAJOR
                    && f.message().contains("4 (was 3 at the decision)"));
  }

  @Test
  void aChangedWinnerIsReported() {
    Framework a = framework("alpha").build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Decision decision = decide(evaluate(TODAY, a, b), "beta");
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, a, b), TODAY);
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.kind() == Reassessment.Kind.WINNER_CHANGED
                    && f.message().startsWith("alpha now ranks first"));
    assertThat(r.drifted()).isTrue();
  }
}
