package dev.stackfit.core.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.criteria.Criterion;
import java.util.List;
import java.util.SplittableRandom;
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
  void countsAreThoseOfScoringEveryFrameworkInEveryDrawFromScratch() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 20; round++) {
      int n = 2 + random.nextInt(12);
      double[][] scores = new double[n][6];
      for (double[] row : scores) {
        for (int c = 0; c < 6; c++) {
          row[c] = Math.round(random.nextDouble() * 20) / 20.0; // ties happen
        }
      }
      double[] weights = round % 3 == 0 ? new double[] {0.5, 0.3, 0, 0.2, 0, 0} : WEIGHTS;
      int draws = 1 + random.nextInt(700);
      int[][] expected = naiveCounts(scores, weights, draws, round);
      int[][] counted = new int[n][3];
      int drawn =
          new PodiumSampler(scores, new double[n], weights, 3).sample(draws, round, 0, counted);
      assertThat(drawn).isEqualTo(draws);
      assertThat(counted).isDeepEqualTo(expected);
    }
  }

  /** The sampling as first written: a fresh draw, every framework's total, the top three. */
  private static int[][] naiveCounts(double[][] scores, double[] weights, int draws, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] counts = new int[scores.length][3];
    double[] drawn = new double[weights.length];
    double[] totals = new double[scores.length];
    int[] top = new int[3];
    for (int s = 0; s < draws; s++) {
      Dirichlet.draw(random, weights, Sensitivity.CONCENTRATION, drawn);
      for (int f = 0; f < scores.length; f++) {
        totals[f] = total(scores[f], drawn);
      }
      int places = Sensitivity.topIndices(totals, top);
      for (int r = 0; r < places; r++) {
        counts[top[r]][r]++;
      }
    }
    return counts;
  }

  @Test
  void stopsOnceEveryShareIsKnownToThePrecisionAndSaysSo() {
    double[][] dominant = {{0.9, 0.9, 0.9, 0.9, 0.9, 0.9}, {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}};
    SensitivityResult clear = Sensitivity.analyse(List.of("x", "y"), dominant, WEIGHTS, 10_000, 3);
    assertThat(clear.samples()).isEqualTo(PodiumSampler.MIN_SAMPLES);
    assertThat(clear.sampleBudget()).isEqualTo(10_000);
    assertThat(clear.precision()).isEqualTo(0.01);

    SensitivityResult close = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 10_000, 7);
    assertThat(close.samples()).isBetween(PodiumSampler.MIN_SAMPLES, 10_000);
    assertThat(close.samples() % PodiumSampler.BATCH).isZero();
    int[][] counts = new int[3][3];
    new PodiumSampler(SCORES, new double[3], WEIGHTS, 3).sample(close.samples(), 7, 0, counts);
    assertThat(Precision.halfWidth(counts, close.samples())).isLessThanOrEqualTo(0.01);
    assertThat(close.winnerProbability()).isEqualTo((double) counts[0][0] / close.samples());
    SensitivityResult again = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 10_000, 7);
    assertThat(again.samples()).isEqualTo(close.samples());
    assertThat(again.rankAcceptability().get("b"))
        .containsExactly(close.rankAcceptability().get("b"));
  }

  @Test
  void aSmallBudgetIsAllDrawnAndItsPrecisionIsTheCoarserStepItReached() {
    SensitivityResult r = Sensitivity.analyse(IDS, SCORES, WEIGHTS, 300, 7);
    assertThat(r.samples()).isEqualTo(300);
    assertThat(r.precision()).isEqualTo(0.1);
    assertThat(r.decimals()).isEqualTo(1);
    assertThat(Sensitivity.analyse(IDS, SCORES, WEIGHTS, 0, 7).precision()).isZero();
  }

  @Test
  void wilsonIntervalsMatchTheirTextbookValues() {
    // 50 of 100: 0.5 +- 0.0962; none of 1000: [0, 0.0038].
    assertThat(Precision.wilsonHalfWidth(50, 100)).isCloseTo(0.0962, within(1e-4));
    assertThat(Precision.wilsonHalfWidth(0, 1000)).isCloseTo(0.0019, within(1e-4));
    assertThat(Precision.step(0.0098)).isEqualTo(0.01);
    assertThat(Precision.step(0.03)).isEqualTo(0.1);
    assertThat(Precision.step(0.4)).isEqualTo(1);
  }

  @Test
  void aLargerOffsetKeepsAFrameworkOnThePodiumThatScoresAloneWouldDrop() {
    double[][] scores = {
      {0.9, 0.9, 0.9, 0.9, 0.9, 0.9},
      {0.8, 0.8, 0.8, 0.8, 0.8, 0.8},
      {0.7, 0.7, 0.7, 0.7, 0.7, 0.7},
      {0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
    };
    assertThat(Sensitivity.podiumCandidates(scores, WEIGHTS)).containsExactly(0, 1, 2);
    double[] offsets = {0, 0, 0, 1};
    assertThat(Sensitivity.podiumCandidates(scores, offsets, WEIGHTS)).containsExactly(0, 1, 2, 3);
    int[][] counts = new int[4][3];
    new PodiumSampler(scores, offsets, WEIGHTS, 3).sample(500, 1, 0, counts);
    assertThat(counts[3][0]).isEqualTo(500);
  }

  @Test
  void zeroWeightCriteriaStayZeroInSamples() {
    SplittableRandom random = new SplittableRandom(1);
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
