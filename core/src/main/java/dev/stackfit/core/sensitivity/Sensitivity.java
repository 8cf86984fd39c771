package dev.stackfit.core.sensitivity;

import dev.stackfit.core.criteria.Criterion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity of a ranking to its weights: seeded Monte Carlo over weights drawn from a Dirichlet
 * distribution centred on the chosen weights (rank acceptability, as in SMAA), and the exact
 * smallest single-weight change that flips the winner.
 */
public final class Sensitivity {
  /**
   * Dirichlet concentration; a weight of 0.2 then varies with a standard deviation of about 0.07.
   */
  public static final double CONCENTRATION = 30;

  private static final int PODIUM = 3;

  private Sensitivity() {}

  /**
   * Sampling stops once the winner probability and every rank acceptability are known to within
   * this much (half-width of a 95% interval), and they are reported to this step.
   */
  public static final double PRECISION = 0.01;

  /**
   * Analyses a score matrix.
   *
   * @param ids framework ids in ranking order (index 0 is the current winner)
   * @param scores scores[f][c] in [0, 1] for framework f and criterion c (criterion ordinal order)
   * @param weights weights in criterion ordinal order, summing to 1
   * @param samples most Monte Carlo samples to draw (fewer once {@link #PRECISION} is reached), 0
   *     to skip sampling
   * @param seed random seed
   */
  public static SensitivityResult analyse(
      List<String> ids, double[][] scores, double[] weights, int samples, long seed) {
    return analyse(ids, scores, new double[ids.size()], weights, samples, seed);
  }

  /**
   * Analyses a score matrix whose totals carry a fixed offset per framework (a switching cost
   * deducted whatever the weights).
   *
   * @param offsets offsets[f] added to framework f's weighted total
   */
  public static SensitivityResult analyse(
      List<String> ids,
      double[][] scores,
      double[] offsets,
      double[] weights,
      int samples,
      long seed) {
    int n = ids.size();
    int[][] rankCounts = new int[n][PODIUM];
    int drawn = 0;
    if (n > 0 && samples > 0) {
      drawn =
          new PodiumSampler(scores, offsets, weights, PODIUM)
              .sample(samples, seed, PRECISION, rankCounts);
    }
    double halfWidth = drawn == 0 ? 0 : Precision.halfWidth(rankCounts, drawn);
    double step = drawn == 0 ? 0 : Math.max(PRECISION, Precision.step(halfWidth));
    Map<String, double[]> acceptability = new LinkedHashMap<>();
    for (int f = 0; f < n; f++) {
      double[] shares = new double[Math.min(PODIUM, n)];
      boolean any = false;
      for (int r = 0; r < shares.length; r++) {
        shares[r] = drawn == 0 ? 0 : (double) rankCounts[f][r] / drawn;
        any |= rankCounts[f][r] > 0;
      }
      if (any) {
        acceptability.put(ids.get(f), shares);
      }
    }
    double winnerProbability = n == 0 || drawn == 0 ? 0 : (double) rankCounts[0][0] / drawn;
    return new SensitivityResult(
        drawn,
        seed,
        CONCENTRATION,
        winnerProbability,
        acceptability,
        flips(ids, scores, offsets, weights),
        samples,
        step);
  }

  /**
   * Frameworks that can reach the top three under some sampled weights. Sampled weights are
   * positive exactly where the chosen ones are, so a framework beaten on every such criterion by
   * three others can never place; leaving it out keeps sampling fast for large catalogs without
   * changing a count.
   */
  static int[] podiumCandidates(double[][] scores, double[] weights) {
    return podiumCandidates(scores, new double[scores.length], weights);
  }

  /**
   * As {@link #podiumCandidates(double[][], double[])}, where a framework only beats another in
   * every draw if its offset is at least as large too.
   */
  static int[] podiumCandidates(double[][] scores, double[] offsets, double[] weights) {
    int n = scores.length;
    int[] kept = new int[n];
    int count = 0;
    for (int f = 0; f < n; f++) {
      int beaten = 0;
      for (int g = 0; g < n && beaten < PODIUM; g++) {
        if (g != f && offsets[g] >= offsets[f] && strictlyBetter(scores[g], scores[f], weights)) {
          beaten++;
        }
      }
      if (beaten < PODIUM) {
        kept[count++] = f;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  private static boolean strictlyBetter(double[] a, double[] b, double[] weights) {
    for (int c = 0; c < weights.length; c++) {
      if (weights[c] > 0 && !(a[c] > b[c])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fills {@code top} with the indices of the largest totals, best first, in one pass (ties go to
   * the lower index).
   */
  static int topIndices(double[] totals, int[] top) {
    int places = Math.min(top.length, totals.length);
    int filled = 0;
    for (int f = 0; f < totals.length; f++) {
      double value = totals[f];
      if (filled == places && value <= totals[top[places - 1]]) {
        continue;
      }
      int position = filled < places ? filled++ : places - 1;
      while (position > 0 && value > totals[top[position - 1]]) {
        top[position] = top[position - 1];
        position--;
      }
      top[position] = f;
    }
    return places;
  }

  /**
   * For each criterion, moves its weight to x (others rescaled by (1 - x) / (1 - w)); each
   * framework's total is then linear in x, so the crossing with the winner is solved exactly.
   */
  static List<Flip> flips(List<String> ids, double[][] scores, double[] weights) {
    return flips(ids, scores, new double[ids.size()], weights);
  }

  /**
   * As {@link #flips(List, double[][], double[])}, with a fixed offset per framework: the totals
   * stay linear in x, so the crossing is still exact.
   */
  static List<Flip> flips(List<String> ids, double[][] scores, double[] offsets, double[] weights) {
    List<Flip> flips = new ArrayList<>();
    if (ids.size() < 2) {
      return flips;
    }
    for (Criterion criterion : Criterion.values()) {
      int c = criterion.ordinal();
      double w = weights[c];
      if (w >= 1 - 1e-12) {
        continue;
      }
      Flip nearest = null;
      for (int g = 1; g < ids.size(); g++) {
        double da = scores[g][c] - scores[0][c];
        double db = (rest(scores[g], weights, c) - rest(scores[0], weights, c)) / (1 - w);
        double slope = da - db;
        if (Math.abs(slope) < 1e-15) {
          continue;
        }
        double x = -(db + offsets[g] - offsets[0]) / slope;
        if (x < -1e-12 || x > 1 + 1e-12) {
          continue;
        }
        double change = x - w;
        if (nearest == null || Math.abs(change) < Math.abs(nearest.weightChange())) {
          nearest = new Flip(criterion, change, ids.get(g));
        }
      }
      if (nearest != null) {
        flips.add(nearest);
      }
    }
    flips.sort(
        Comparator.comparingDouble((Flip f) -> Math.abs(f.weightChange()))
            .thenComparing(f -> f.criterion().ordinal()));
    return flips;
  }

  private static double rest(double[] row, double[] weights, int skip) {
    double total = 0;
    for (int c = 0; c < weights.length; c++) {
      if (c != skip) {
        total += row[c] * weights[c];
      }
    }
    return total;
  }
}
