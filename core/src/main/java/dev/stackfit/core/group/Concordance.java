package dev.stackfit.core.group;

import java.util.List;

/** Rank agreement statistics: Kendall's W across raters and Spearman's rho between two rankings. */
public final class Concordance {
  private Concordance() {}

  /**
   * Kendall's coefficient of concordance for complete rankings without ties: W = 12 S / (m^2 (n^3 -
   * n)), where S is the sum of squared deviations of the rank sums from their mean.
   *
   * @param rankings each rater's ranking of the same items, best first
   * @param items the items
   * @return W in [0, 1], or NaN with fewer than two raters or items
   */
  public static double kendallW(List<List<String>> rankings, List<String> items) {
    int m = rankings.size();
    int n = items.size();
    if (m < 2 || n < 2) {
      return Double.NaN;
    }
    double[] rankSums = new double[n];
    for (List<String> ranking : rankings) {
      for (int i = 0; i < n; i++) {
        rankSums[i] += ranking.indexOf(items.get(i)) + 1;
      }
    }
    double mean = m * (n + 1) / 2.0;
    double s = 0;
    for (double sum : rankSums) {
      s += (sum - mean) * (sum - mean);
    }
    return 12 * s / ((double) m * m * ((double) n * n * n - n));
  }

  /** Spearman's rank correlation of two complete rankings of the same items, in [-1, 1]. */
  public static double spearman(List<String> a, List<String> b) {
    int n = a.size();
    if (n < 2) {
      return 1;
    }
    double d2 = 0;
    for (int i = 0; i < n; i++) {
      double d = i - b.indexOf(a.get(i));
      d2 += d * d;
    }
    return 1 - 6 * d2 / (n * ((double) n * n - 1));
  }
}
