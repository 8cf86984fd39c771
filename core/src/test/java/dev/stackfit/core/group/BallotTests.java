package dev.stackfit.core.group;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every ballot follows, in one place for the form, the JSON API and the aggregation. */
class BallotTests {
  private static final List<Criterion> TWO = List.of(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT);
  private static final Map<String, Map<Criterion, Integer>> RATED =
      Map.of("django", Map.of(Criterion.TEAM_EXPERTISE, 4, Criterion.SCALE_FIT, 2));

  private static Ballot sliders(Map<Criterion, Double> weights) {
    return new Ballot("ana", weights, List.of(), RATED, Map.of(), "", Map.of());
  }

  @Test
  void weightsGoFromZeroToAHundredAndSomeMustBePositive() {
    assertThatThrownBy(() -> sliders(Map.of(Criterion.SCALE_FIT, -1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ana: weights go from 0 to 100, was -1.0");
    assertThatThrownBy(() -> sliders(Map.of(Criterion.SCALE_FIT, 101.0)))
        .hasMessageContaining("weights go from 0 to 100");
    assertThatThrownBy(() -> sliders(Map.of(Criterion.SCALE_FIT, Double.NaN)))
        .hasMessageContaining("weights go from 0 to 100");
    assertThatThrownBy(() -> sliders(Map.of(Criterion.SCALE_FIT, 0.0)))
        .hasMessage("ana: give at least one criterion some weight");
  }

  @Test
  void aCompleteBallotRatesEveryFrameworkOnEveryCriterionOfTheRound() {
    Ballot ballot = sliders(Map.of(Criterion.TEAM_EXPERTISE, 60.0));
    assertThatCode(() -> ballot.requireComplete(TWO, List.of("django"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> ballot.requireComplete(TWO, List.of("django", "rails")))
        .isInstanceOf(BadInputException.class)
        .hasMessage("ana has not rated rails on every criterion (1 to 5)");
    assertThatThrownBy(() -> ballot.requireComplete(List.of(Criterion.SCALE_FIT), List.of()))
        .isInstanceOf(BadInputException.class)
        .hasMessage("ana gave every criterion zero weight");
  }

  @Test
  void pairwiseBallotsCompareEveryCriterionOfTheRoundAtLeastOnce() {
    Ballot ballot =
        new Ballot(
            "bo",
            Map.of(),
            List.of(new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT, 3)),
            RATED,
            Map.of(),
            "",
            Map.of());
    assertThatCode(() -> ballot.requireComplete(TWO, List.of("django"))).doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ballot.requireComplete(
                    List.of(Criterion.TEAM_EXPERTISE, Criterion.FEATURE_FIT), List.of()))
        .isInstanceOf(BadInputException.class)
        .hasMessage("bo did not compare feature-fit with any other criterion");
  }
}
