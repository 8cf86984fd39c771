package dev.stackfit.core.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Measurements from a proof-of-concept lab run that the engine uses in scale-fit and
 * operational-fit.
 *
 * @param source where the measurements come from (a lab result file name), for reasons
 * @param date the day the lab ran; empty when the result does not say
 * @param candidates one entry per measured framework
 */
public record Evidence(
    String source, Optional<LocalDate> date, List<MeasuredCandidate> candidates) {
  public Evidence {
    candidates = List.copyOf(candidates);
  }

  /** The measurement of {@code frameworkId}, if the lab measured it. */
  public Optional<MeasuredCandidate> of(String frameworkId) {
    return candidates.stream().filter(c -> c.framework().equals(frameworkId)).findFirst();
  }
}
