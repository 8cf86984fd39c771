package dev.stackfit.core.sensitivity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How robust the winner is to the weights.
 *
 * @param samples Monte Carlo samples drawn: sampling stops once every share is known to {@code
 *     precision}, so often fewer than {@code sampleBudget}
 * @param seed the random seed; the same seed gives the same result
 * @param concentration Dirichlet concentration: weights were drawn around the chosen ones with this
 *     concentration (higher is tighter)
 * @param winnerProbability share of samples in which the current winner stays first
 * @param rankAcceptability per framework id, the share of samples in which it took rank 1, 2, 3
 *     (frameworks that never reach the top three are left out), in ranking order
 * @param flips per criterion, the smallest weight change that flips the winner, smallest first
 * @param sampleBudget the most samples the analysis could draw
 * @param precision every share is known to within this much at 95% confidence (0.01 unless the
 *     budget ran out first, then the coarser step of 0.1 or 1 it did reach; 0 without samples);
 *     shares are meant to be shown to this step and no finer
 */
public record SensitivityResult(
    int samples,
    long seed,
    double concentration,
    double winnerProbability,
    Map<String, double[]> rankAcceptability,
    List<Flip> flips,
    int sampleBudget,
    double precision) {
  public SensitivityResult {
    rankAcceptability = Collections.unmodifiableMap(new LinkedHashMap<>(rankAcceptability));
    flips = List.copyOf(flips);
  }

  /** A result whose every sample was drawn, with the default precision. */
  public SensitivityResult(
      int samples,
      long seed,
      double concentration,
      double winnerProbability,
      Map<String, double[]> rankAcceptability,
      List<Flip> flips) {
    this(
        samples,
        seed,
        concentration,
        winnerProbability,
        rankAcceptability,
        flips,
        samples,
        samples == 0 ? 0 : Sensitivity.PRECISION);
  }

  /** The smallest flip, if any single-weight change can flip the winner. */
  public Optional<Flip> smallestFlip() {
    return flips.stream().findFirst();
  }

  /**
   * A share as it should be shown in whole percents: itself at the usual precision of 0.01 (a whole
   * percent), rounded to the step when fewer samples made it coarser.
   */
  public double shown(double share) {
    return precision <= Sensitivity.PRECISION ? share : Math.round(share / precision) * precision;
  }

  /** Decimal places that show a share to {@link #precision} (2 for 0.01). */
  public int decimals() {
    return precision <= 0 ? 4 : (int) Math.max(0, Math.round(-Math.log10(precision)));
  }
}
