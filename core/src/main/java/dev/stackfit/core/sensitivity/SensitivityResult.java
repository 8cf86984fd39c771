package dev.stackfit.core.sensitivity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How robust the winner is to the weights.
 *
 * @param samples Monte Carlo samples drawn
 * @param seed the random seed; the same seed gives the same result
 * @param concentration Dirichlet concentration: weights were drawn around the chosen ones with this
 *     concentration (higher is tighter)
 * @param winnerProbability share of samples in which the current winner stays first
 * @param rankAcceptability per framework id, the share of samples in which it took rank 1, 2, 3
 *     (frameworks that never reach the top three are left out), in ranking order
 * @param flips per criterion, the smallest weight change that flips the winner, smallest first
 */
public record SensitivityResult(
    int samples,
    long seed,
    double concentration,
    double winnerProbability,
    Map<String, double[]> rankAcceptability,
    List<Flip> flips) {
  public SensitivityResult {
    rankAcceptability = Collections.unmodifiableMap(new LinkedHashMap<>(rankAcceptability));
    flips = List.copyOf(flips);
  }

  /** The smallest flip, if any single-weight change can flip the winner. */
  public java.util.Optional<Flip> smallestFlip() {
    return flips.stream().findFirst();
  }
}
