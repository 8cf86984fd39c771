package dev.stackfit.core.weights;

import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.WeightSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTests {
  @Test
  void directWeightsAreNormalisedAndMissingCriteriaCountOne() {
    Weights w =
        WeightResolver.resolve(
            profile()
                .weights(
                    new WeightSpec.Direct(
                        Map.of(Criterion.TEAM_EXPERTISE, 3.0, Criterion.SCALE_FIT, 2.0)))
                .build());
    assertThat(w.source()).isEqualTo(WeightSource.DIRECT);
    assertThat(w.of(Criterion.TEAM_EXPERTISE)).isCloseTo(3.0 / 9, within(1e-12));
    assertThat(w.of(Criterion.FEATURE_FIT)).isCloseTo(1.0 / 9, within(1e-12));
    assertThat(w.values().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-12));
    assertThat(w.consistencyRatio()).isEmpty();
  }

  @Test
  void derivedWeightsSayWhichAnswerMovedThem() {
    Weights w =
        WeightResolver.resolve(
            profile()
                .size(14)
                .distributed()
                .turnover(Turnover.HIGH)
                .traffic(100, 20_000, 200)
                .lifespan(6)
                .build());
    assertThat(w.source()).isEqualTo(WeightSource.DERIVED);
    assertThat(w.reasons().get(Criterion.STRUCTURE_FIT))
        .contains(
            "+0.50: team of 14", "+0.50: team spread across time zones", "+0.75: high turnover");
    assertThat(w.reasons().get(Criterion.SCALE_FIT)).contains("+1.00: 3-year peak 20,000 rps");
    assertThat(w.reasons().get(Criterion.ECOSYSTEM_HEALTH)).contains("+1.00: 6-year lifespan");
    assertThat(w.of(Criterion.STRUCTURE_FIT)).isGreaterThan(w.of(Criterion.FEATURE_FIT));
  }

  @Test
  void shortLivedProjectsWeighTeamExpertiseMost() {
    Weights w = WeightResolver.resolve(profile().lifespan(0.5).build());
    for (Criterion c : Criterion.values()) {
      if (c != Criterion.TEAM_EXPERTISE) {
        assertThat(w.of(Criterion.TEAM_EXPERTISE)).isGreaterThan(w.of(c));
      }
    }
  }

  @Test
  void perfectlyConsistentMatrixReturnsItsExactWeightsWithZeroConsistencyRatio() {
    double[] truth = {0.3, 0.25, 0.15, 0.1, 0.12, 0.08};
    List<PairwiseJudgment> judgments = new ArrayList<>();
    Criterion[] cs = Criterion.values();
    for (int i = 0; i < cs.length; i++) {
      for (int j = i + 1; j < cs.length; j++) {
        judgments.add(new PairwiseJudgment(cs[i], cs[j], truth[i] / truth[j]));
      }
    }
    Weights w =
        WeightResolver.resolve(profile().weights(new WeightSpec.Pairwise(judgments)).build());
    for (int i = 0; i < cs.length; i++) {
      assertThat(w.of(cs[i])).isCloseTo(truth[i], within(1e-9));
    }
    assertThat(w.consistencyRatio().getAsDouble()).isCloseTo(0, within(1e-9));
    assertThat(w.warnings()).isEmpty();
  }

  @Test
  void inconsistentJudgmentsWarnAndNameTheWorstPairs() {
    List<PairwiseJudgment> judgments =
        List.of(
            new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT, 9),
            new PairwiseJudgment(Criterion.SCALE_FIT, Criterion.FEATURE_FIT, 9),
            new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.FEATURE_FIT, 1.0 / 9));
    Weights w =
        WeightResolver.resolve(profile().weights(new WeightSpec.Pairwise(judgments)).build());
    assertThat(w.consistencyRatio().getAsDouble()).isGreaterThan(Ahp.ACCEPTABLE_CR);
    assertThat(w.warnings())
        .anyMatch(
            m ->
                m.startsWith("consistency ratio")
                    && m.contains("team-expertise vs feature-fit: said 1/9"));
    assertThat(w.warnings())
        .anyMatch(
            m ->
                m.startsWith(
                    "criteria not compared get no weight: ecosystem-health, operational-fit, structure-fit"));
    assertThat(w.of(Criterion.OPERATIONAL_FIT)).isZero();
  }

  @Test
  void saatyConsistencyRatioMatchesAHandComputedThreeByThreeCase() {
    // Matrix [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: lambda max about 3.0385, CR about 0.033.
    Ahp.Result r =
        Ahp.compute(
            List.of(
                new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT, 3),
                new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.FEATURE_FIT, 5),
                new PairwiseJudgment(Criterion.SCALE_FIT, Criterion.FEATURE_FIT, 3)));
    assertThat(r.lambdaMax()).isCloseTo(3.0385, within(1e-3));
    assertThat(r.consistencyRatio()).isCloseTo(0.0332, within(1e-3));
    assertThat(r.weights().get(Criterion.TEAM_EXPERTISE)).isCloseTo(0.637, within(1e-3));
  }

  @Test
  void weightsMustSumToOne() {
    Map<Criterion, Double> bad = new EnumMap<>(Criterion.class);
    bad.put(Criterion.TEAM_EXPERTISE, 0.5);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new Weights(
                    bad,
                    WeightSource.DIRECT,
                    Map.of(),
                    java.util.OptionalDouble.empty(),
                    List.of()))
        .hasMessageContaining("sum to 1");
  }
}
