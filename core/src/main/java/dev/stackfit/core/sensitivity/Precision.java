package dev.stackfit.core.sensitivity;

/**
 * How precisely sampled shares are known: Wilson score intervals at 95% confidence, which stay
 * honest for shares near 0 and 1 where the textbook interval claims certainty it does not have.
 */
final class Precision {
  /** The normal quantile of a two-sided 95% interval. */
  static final double Z95 = 1.959963984540054;

  private Precision() {}

  /** Half-width of the 95% interval of {@code count} successes in {@code n} trials. */
  static double wilsonHalfWidth(int count, int n) {
    double p = (double) count / n;
    double z2 = Z95 * Z95;
    return Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
  }

  /** The widest half-width over every share of {@code rankCounts} after {@code n} draws. */
  static double halfWidth(int[][] rankCounts, int n) {
    double widest = 0;
    for (int[] counts : rankCounts) {
      for (int count : counts) {
        // A share never seen is known best of all; skipping it saves the square root.
        if (count > 0) {
          widest = Math.max(widest, wilsonHalfWidth(count, n));
        }
      }
    }
    return widest;
  }

  /**
   * The coarsest of 1, 0.1, 0.01, ... that is still at least {@code halfWidth}: shares are printed
   * to that step and no finer, since further digits would be noise.
   */
  static double step(double halfWidth) {
    double step = 1;
    while (step / 10 >= halfWidth && step > 1e-6) {
      step /= 10;
    }
    return step;
  }
}
