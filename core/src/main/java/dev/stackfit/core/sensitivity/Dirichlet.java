package dev.stackfit.core.sensitivity;

import java.util.SplittableRandom;

/**
 * Draws from a Dirichlet distribution via Gamma variates (Marsaglia and Tsang), whose normal
 * variates come from the JDK's ziggurat sampler ({@link SplittableRandom#nextGaussian()}); that is
 * several times cheaper than Box-Muller and is deterministic for a seed like the rest.
 */
final class Dirichlet {
  private Dirichlet() {}

  /**
   * Writes into {@code out} a draw with mean {@code centre} and the given concentration; criteria
   * with a zero weight stay zero.
   */
  static void draw(SplittableRandom random, double[] centre, double concentration, double[] out) {
    double sum = 0;
    for (int i = 0; i < centre.length; i++) {
      out[i] = centre[i] <= 0 ? 0 : gamma(random, centre[i] * concentration);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
  }

  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      // Boost: Gamma(a) = Gamma(a + 1) * U^(1/a).
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
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
