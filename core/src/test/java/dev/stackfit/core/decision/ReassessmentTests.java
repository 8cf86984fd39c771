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
    assertThat(r.drifted()).as("the new major is drift").isTrue();
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.kind() == Reassessment.Kind.NEW_MAJOR
                    && f.message().contains("4 (was 3 at the decision)"));
  }

  @Test
  void aWinnerOtherThanTheOneAtTheDecisionIsDrift() {
    Framework a = framework("alpha").build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Decision decision = decide(evaluate(TODAY, a, b), "alpha");
    Framework aNow = framework("alpha").languages(Language.PYTHON).build();
    Framework bNow = framework("beta").build();
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, aNow, bNow), TODAY);
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.kind() == Reassessment.Kind.WINNER_CHANGED
                    && f.message()
                        .equals(
                            "Beta now ranks first (was #2 at the decision, when Alpha was first);"
                                + " Alpha is #2"));
    assertThat(r.drifted()).isTrue();
    assertThat(r.newWinnerName()).isEqualTo("Beta");
  }

  @Test
  void choosingTheSecondOptionIsNotDriftOnTheDayOfTheDecision() {
    Framework a = framework("alpha").build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Decision decision = decide(evaluate(TODAY, a, b), "beta");
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, a, b), TODAY);
    assertThat(r.findings())
        .extracting(Reassessment.Finding::kind)
        .containsOnly(Reassessment.Kind.TEAM_QUESTION);
    assertThat(r.drifted()).isFalse();
    assertThat(r.summary()).startsWith("Nothing drifted since the decision.");
  }

  @Test
  void anEndOfLifeKnownAtTheDecisionIsDueButNotDrift() {
    Framework a =
        framework("alpha")
            .releases(
                new Release("3", LocalDate.of(2024, 1, 10), null, LocalDate.of(2027, 4, 30), false))
            .build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Decision decision = decide(evaluate(TODAY, a, b), "alpha");
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, a, b), TODAY);
    assertThat(r.findings().get(0))
        .isEqualTo(
            new Reassessment.Finding(
                Reassessment.Kind.END_OF_LIFE,
                "Alpha line 3 reaches end of life on 2027-04-30, within the next 12 months: plan"
                    + " the upgrade"));
    assertThat(r.drifted()).isFalse();
    assertThat(r.actionDue()).isTrue();
    assertThat(r.summary())
        .isEqualTo(
            "Nothing drifted since the decision; what is due is listed above: plan it. Answer"
                + " the team questions and record the review.");
  }

  @Test
  void anEndOfLifeAnnouncedOrMovedSinceTheDecisionIsDrift() {
    Release open = new Release("3", LocalDate.of(2024, 1, 10), null, null, false);
    Framework then = framework("alpha").releases(open).build();
    Framework now =
        framework("alpha")
            .releases(
                new Release("3", LocalDate.of(2024, 1, 10), null, LocalDate.of(2029, 1, 31), false))
            .build();
    Framework other = framework("beta").languages(Language.PYTHON).build();
    Decision decision = decide(evaluate(TODAY, then, other), "alpha");
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, now, other), TODAY);
    assertThat(r.findings())
        .contains(
            new Reassessment.Finding(
                Reassessment.Kind.END_OF_LIFE_CHANGED,
                "Alpha line 3 had no announced end of life at the decision; it is now"
                    + " 2029-01-31"));
    assertThat(r.findings()).noneMatch(f -> f.kind() == Reassessment.Kind.END_OF_LIFE);
    assertThat(r.drifted()).isTrue();
  }

  @Test
  void aDecisionFileWithoutRecordedLinesReportsOnlyWhatIsDue() {
    Framework a =
        framework("alpha")
            .releases(
                new Release("3", LocalDate.of(2024, 1, 10), null, LocalDate.of(2027, 4, 30), false))
            .build();
    Framework b = framework("beta").languages(Language.PYTHON).build();
    Decision recorded = decide(evaluate(TODAY, a, b), "alpha");
    Baseline full = recorded.baseline();
    Baseline old =
        new Baseline(
            full.evaluatedOn(),
            full.catalogAsOf(),
            full.ranks(),
            full.scores(),
            full.ecosystemHealth(),
            full.majors());
    Decision decision =
        new Decision(
            recorded.id(),
            recorded.title(),
            recorded.status(),
            recorded.supersededBy(),
            recorded.date(),
            recorded.chosen(),
            recorded.considered(),
            recorded.rationale(),
            recorded.decisionMakers(),
            recorded.consulted(),
            recorded.informed(),
            recorded.reviewBy(),
            recorded.profileYaml(),
            old);
    Reassessment.Result r = Reassessment.compare(decision, evaluate(TODAY, a, b), TODAY);
    assertThat(r.findings().get(0).kind()).isEqualTo(Reassessment.Kind.END_OF_LIFE);
    assertThat(r.drifted()).isFalse();
  }
}
