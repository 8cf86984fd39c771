package dev.stackfit.lab.file;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The load plan: a warm-up, then a staircase of open-model steps up to a multiple of the target.
 *
 * @param warmup load at the first step's rate before measuring; excluded from results
 * @param stepDuration measured length of each step
 * @param steps how many equal steps lead up to {@code upTo} times the target rate
 * @param upTo the last step's rate as a multiple of the target rate
 * @param timeout per request, from its send
 * @param maxErrorRate share of failed requests a sustained step may have, 0..1
 */
public record LoadSteps(
    Duration warmup,
    Duration stepDuration,
    int steps,
    double upTo,
    Duration timeout,
    double maxErrorRate) {

  /** Steps below this rate are not worth measuring: the generator's spacing is too coarse. */
  static final double MIN_STEP_RPS = 1;

  public LoadSteps {
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(stepDuration, "stepDuration");
    Objects.requireNonNull(timeout, "timeout");
    if (steps < 1 || steps > 50) {
      throw new IllegalArgumentException("steps must be 1..50, got " + steps);
    }
    if (!(upTo >= 1) || upTo > 100) {
      throw new IllegalArgumentException("upTo must be 1..100, got " + upTo);
    }
    if (maxErrorRate < 0 || maxErrorRate > 1) {
      throw new IllegalArgumentException("maxErrorRate must be 0..1, got " + maxErrorRate);
    }
  }

  /**
   * The staircase's rates in requests/s, ascending: {@code steps} equal steps up to {@code upTo}
   * times the target, with the target itself added when it falls between two steps, so that the
   * report can always say what happened at exactly the target.
   */
  public List<Double> ratesPerSec(double targetRps) {
    List<Double> rates = new ArrayList<>();
    double top = targetRps * upTo;
    boolean targetAdded = false;
    for (int i = 1; i <= steps; i++) {
      double rate = round(top * i / steps);
      if (!targetAdded && rate >= targetRps) {
        if (Math.abs(rate - targetRps) > 1e-9) {
          rates.add(round(targetRps));
        }
        targetAdded = true;
      }
      if (rate >= MIN_STEP_RPS && (rates.isEmpty() || rate > rates.get(rates.size() - 1))) {
        rates.add(rate);
      }
    }
    return rates;
  }

  private static double round(double rate) {
    return Math.round(rate * 100) / 100.0;
  }
}
