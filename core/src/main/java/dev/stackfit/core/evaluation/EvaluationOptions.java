package dev.stackfit.core.evaluation;

import dev.stackfit.core.evidence.Evidence;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to run an evaluation.
 *
 * @param today the evaluation day (ages, release recency, support horizons are measured from it)
 * @param seed random seed of the sensitivity sampling
 * @param samples Monte Carlo samples; 0 skips sampling
 * @param evidence PoC lab measurements, if any
 */
public record EvaluationOptions(
    LocalDate today, long seed, int samples, Optional<Evidence> evidence) {
  public static final int DEFAULT_SAMPLES = 10_000;
  public static final long DEFAULT_SEED = 1;

  public EvaluationOptions {
    if (today == null || evidence == null) {
      throw new IllegalArgumentException("options need a day and an evidence option");
    }
    if (samples < 0 || samples > 10_000_000) {
      throw new IllegalArgumentException(
          "samples must be between 0 and 10,000,000, was " + samples);
    }
  }

  public static EvaluationOptions defaults(LocalDate today) {
    return new EvaluationOptions(today, DEFAULT_SEED, DEFAULT_SAMPLES, Optional.empty());
  }
}
