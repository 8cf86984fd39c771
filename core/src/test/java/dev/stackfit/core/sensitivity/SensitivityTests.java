package dev.stackfit.core.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.criteria.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTests {
  private static final List<String> IDS = List.of("a", "b", "c");
  // a wins on team-expertise, b on scale-fit; c is dominated.
  private static final double[][] SCORES = {
    {0.9, 0.4, 0.6, 0.6, 0.6, 0.6},
    {0.5, 0.9, 0.6, 0.6, 0.6, 0.6},
    {0.3, 0.3, 0.3, 0.3, 0.3, 0.3}
  };
  private static final double[] WEIGHTS = {0.3, 0.2, 0.125, 0.125, 0.125, 0.125};

  private static double total(double[] row, double[] w) {
    double t = 0;
    for (int i = 0; i < w.length; i++) {
      t += row[i] * w[i];
    }
    return t;
  }

  @Test
  void sameSeedGivesTheSameResultAndAnotherSeedMayNot() {
    SensitivityResult one = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 5000, 7);
    SensitivityResult two = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 5000, 7);
    assertThat(one.winnerProbability()).isEqualTo(two.winnerProbability());
    assertThat(one.rankAcceptability().get("a")).containsExactly(two.rankAcceptability().get("a"));
  }

  @Test
  void rankAcceptabilitySharesSumToOnePerRank() {
    SensitivityResult r = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 4000, 1);
    for (int rank = 0; rank < 3; rank++) {
      double sum = 0;
      for (double[] shares : r.rankAcceptability().values()) {
        sum += shares[rank];
      }
      assertThat(sum).isCloseTo(1, within(1e-9));
    }
    assertThat(r.winnerProbability()).isEqualTo(r.rankAcceptability().get("a")[0]);
    assertThat(r.rankAcceptability().get("c")[2]).isEqualTo(1.0);
  }

  @Test
  void smallestFlipIsExactlyWhereTheRunnerUpCatchesUp() {
    SensitivityResult r = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 0, 1);
    Flip flip = r.smallestFlip().orElseThrow();
    assertThat(flip.newWinner()).isEqualTo("b");
    int c = flip.criterion().ordinal();
    double[] moved = WEIGHTS.clone();
    double x = WEIGHTS[c] + flip.weightChange();
    for (int i = 0; i < moved.length; i++) {
      moved[i] = i == c ? x : WEIGHTS[i] * (1 - x) / (1 - WEIGHTS[c]);
    }
    assertThat(total(SCORES[0], moved)).isCloseTo(total(SCORES[1], moved), within(1e-9));
    assertThat(r.flips())
        .extracting(Flip::criterion)
        .contains(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT);
    for (int i = 1; i < r.flips().size(); i++) {
      assertThat(Math.abs(r.flips().get(i).weightChange()))
          .isGreaterThanOrEqualTo(Math.abs(r.flips().get(i - 1).weightChange()));
    }
  }

  @Test
  void aDominantWinnerNeverFlips() {
    double[][] dominant = {{0.9, 0.9, 0.9, 0.9, 0.9, 0.9}, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}};
    SensitivityResult r = Sensitivity.analyse(List.of("x", "y"), dominant, WEIGHTS, 1000, 3);
    assertThat(r.flips()).isEmpty();
    assertThat(r.winnerProbability()).isEqualTo(1.0);
  }

  @Test
  void zeroWeightCriteriaStayZeroInSamples() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    double[] out = new double[6];
    Dirichlet.draw(random, new double[] {0.5, 0.5, 0, 0, 0, 0}, 30, out);
    assertThat(out[2]).isZero();
    assertThat(out[0] + out[1]).isCloseTo(1, within(1e-12));
  }

  @Test
  void topIndicesFindsTheBestThreeInOrderWithTiesToTheLowerIndex() {
    int[] top = new int[3];
    assertThat(Sensitivity.topIndices(new double[] {0.2, 0.9, 0.5, 0.9, 0.1}, top)).isEqualTo(3);
    assertThat(top).containsExactly(1, 3, 2);
    int[] two = new int[3];
    assertThat(Sensitivity.topIndices(new double[] {0.1, 0.4}, two)).isEqualTo(2);
    assertThat(two[0]).isEqualTo(1);
    assertThat(two[1]).isEqualTo(0);
  }

  @Test
  void frameworksBeatenEverywhereByThreeOthersAreLeftOutOfSamplingWithoutChangingCounts() {
    double[][] scores = {
      {0.9, 0.2, 0.5, 0.5, 0.5, 0.5},
      {0.2, 0.9, 0.5, 0.5, 0.5, 0.5},
      {0.6, 0.6, 0.6, 0.6, 0.6, 0.6},
      {0.5, 0.5, 0.55, 0.55, 0.55, 0.55},
      {0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
    };
    assertThat(Sensitivity.podiumCandidates(scores, WEIGHTS)).containsExactly(0, 1, 2, 3);
    SensitivityResult r =
        Sensitivity.analyse(List.of("a", "b", "c", "d", "e"), scores, WEIGHTS, 3000, 5);
    assertThat(r.rankAcceptability()).doesNotContainKey("e");
  }
}
