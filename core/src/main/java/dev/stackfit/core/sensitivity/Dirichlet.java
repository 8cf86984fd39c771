package dev.stackfit.core.sensitivity;

import java.util.SplittableRandom;

/**
 * Draws from a Dirichlet distribution via Gamma variates (Marsaglia and Tsang), whose normal
 * variates come from the JDK's ziggurat sampler ({@link SplittableRandom#nextGaussian()}); that is
 * several times cheaper than Box-Muller and is deterministic for a seed like the rest. The
 * constants of each criterion's Gamma sampler are worked out once per analysis, not once per draw;
 * the arithmetic, and so every drawn value, is the same either way.
 */
final class Dirichlet {
  private final double[] d;
  private final double[] c;

  /** The exponent 1/shape of the shape-boost for shapes below 1; 0 where there is none. */
  private final double[] boost;

  /** Criteria with a zero centre: they stay zero and use no random numbers. */
  private final boolean[] zero;

  /** A sampler with mean {@code centre} and the given concentration. */
  Dirichlet(double[] centre, double concentration) {
    int n = centre.length;
    d = new double[n];
    c = new double[n];
    boost = new double[n];
    zero = new boolean[n];
    for (int i = 0; i < n; i++) {
      zero[i] = centre[i] <= 0;
      double shape = centre[i] * concentration;
      if (shape < 1) {
        // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
        boost[i] = 1 / shape;
        shape += 1;
      }
      d[i] = shape - 1.0 / 3;
      c[i] = 1 / Math.sqrt(9 * d[i]);
    }
  }

  /** Writes a draw into {@code out}; criteria with a zero weight stay zero. */
  void draw(SplittableRandom random, double[] out) {
    double sum = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = zero[i] ? 0 : gamma(random, i);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
  }

  /** One draw with mean {@code centre}, for callers that draw once. */
  static void draw(SplittableRandom random, double[] centre, double concentration, double[] out) {
    new Dirichlet(centre, concentration).draw(random, out);
  }

  private double gamma(SplittableRandom random, int i) {
    double value = standardGamma(random, d[i], c[i]);
    return boost[i] == 0 ? value : value * Math.pow(random.nextDouble(), boost[i]);
  }

  private static double standardGamma(SplittableRandom random, double d, double c) {
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
