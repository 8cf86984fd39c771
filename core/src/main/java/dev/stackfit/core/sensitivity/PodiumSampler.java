package dev.stackfit.core.sensitivity;

import java.util.SplittableRandom;

/**
 * The Monte Carlo part of a sensitivity analysis: draws weights around the chosen ones and counts
 * who takes each of the top three places, until every share is known to the stated precision or the
 * sample budget is spent.
 *
 * <p>Each draw's totals are {@code offset + Σ score × weight} over the criteria with a positive
 * weight, in criterion order, so they are bit for bit those of scoring each framework in turn; they
 * are accumulated criterion by criterion across all candidates at once, which the JIT turns into
 * vector operations, instead of one framework at a time. Only frameworks that can reach the top
 * three are visited ({@link Sensitivity#podiumCandidates}).
 *
 * <p>Stopping is decided only every {@link #BATCH} draws, from the counts so far, so the same seed
 * always stops at the same draw and the first n draws are those of a run of n.
 */
final class PodiumSampler {
  /** Draws between two looks at the precision. */
  static final int BATCH = 250;

  /** No stopping before this many draws, so that small counts do not look precise. */
  static final int MIN_SAMPLES = 1_000;

  private final int[] candidates;
  private final double[] offsets;
  private final int[] criteria;

  /** columns[k][i]: score of candidate i on the k-th criterion with a positive weight. */
  private final double[][] columns;

  private final double[] weights;
  private final Dirichlet dirichlet;
  private final int podium;

  /**
   * @param scores scores[f][c] of every framework
   * @param offsets a fixed amount added to each framework's total in every draw
   * @param weights the chosen weights, the centre of the draws
   * @param podium places counted (3, or fewer with fewer frameworks)
   */
  PodiumSampler(double[][] scores, double[] offsets, double[] weights, int podium) {
    this.candidates = Sensitivity.podiumCandidates(scores, offsets, weights);
    this.weights = weights;
    this.podium = Math.min(podium, candidates.length);
    this.offsets = new double[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      this.offsets[i] = offsets[candidates[i]];
    }
    int positive = 0;
    for (double w : weights) {
      positive += w > 0 ? 1 : 0;
    }
    criteria = new int[positive];
    columns = new double[positive][candidates.length];
    for (int c = 0, k = 0; c < weights.length; c++) {
      if (weights[c] > 0) {
        criteria[k] = c;
        for (int i = 0; i < candidates.length; i++) {
          columns[k][i] = scores[candidates[i]][c];
        }
        k++;
      }
    }
    dirichlet = new Dirichlet(weights, Sensitivity.CONCENTRATION);
  }

  /**
   * Draws until every share of {@code rankCounts} is known within {@code precision} at 95%
   * confidence, or {@code maxSamples} draws; returns the number drawn.
   *
   * @param rankCounts rankCounts[f][r]: how often framework f took place r, added to
   */
  int sample(int maxSamples, long seed, double precision, int[][] rankCounts) {
    SplittableRandom random = new SplittableRandom(seed);
    Draws draws = new Draws();
    int drawn = 0;
    while (drawn < maxSamples) {
      int batch = Math.min(BATCH, maxSamples - drawn);
      count(random, batch, draws, rankCounts);
      drawn += batch;
      if (drawn >= MIN_SAMPLES && Precision.halfWidth(rankCounts, drawn) <= precision) {
        break;
      }
    }
    return drawn;
  }

  /** Buffers reused across the draws of one analysis. */
  private final class Draws {
    final double[] drawn = new double[weights.length];
    final double[] totals = new double[candidates.length];
    final int[] top = new int[podium];
  }

  private void count(SplittableRandom random, int n, Draws draws, int[][] rankCounts) {
    double[] drawn = draws.drawn;
    double[] totals = draws.totals;
    int[] top = draws.top;
    for (int s = 0; s < n; s++) {
      dirichlet.draw(random, drawn);
      System.arraycopy(offsets, 0, totals, 0, totals.length);
      for (int k = 0; k < criteria.length; k++) {
        double w = drawn[criteria[k]];
        double[] column = columns[k];
        for (int i = 0; i < totals.length; i++) {
          totals[i] += column[i] * w;
        }
      }
      int places = Sensitivity.topIndices(totals, top);
      for (int r = 0; r < places; r++) {
        rankCounts[candidates[top[r]]][r]++;
      }
    }
  }
}
