package dev.stackfit.core.evidence;

import java.util.Objects;

/**
 * What the lab measured for one framework's proof of concept on the team's own machine.
 *
 * @param framework catalog id
 * @param name the candidate's name in the lab file
 * @param maxSustainableRps highest rate held under the p99 target, requests per second
 * @param p99AtTargetMs p99 latency at the target rate, milliseconds; negative when not measured
 * @param startupMs time to the first healthy response, milliseconds
 * @param peakRssMb peak resident memory of the process tree, MiB
 * @param errorRate fraction of failed requests at the target rate
 * @param quality whether the lab judged its figures clean, machine-bound or uncertain
 * @param qualityNote the lab's own words on why, such as the step that was machine-bound; empty
 *     when clean or not given
 */
public record MeasuredCandidate(
    String framework,
    String name,
    double maxSustainableRps,
    double p99AtTargetMs,
    double startupMs,
    double peakRssMb,
    double errorRate,
    EvidenceQuality quality,
    String qualityNote) {
  public MeasuredCandidate {
    if (framework == null || framework.isBlank()) {
      throw new IllegalArgumentException("a measured candidate needs a framework id");
    }
    Objects.requireNonNull(quality, "quality");
    qualityNote = qualityNote == null ? "" : qualityNote;
  }

  /** A clean measurement (lab results written before the lab judged its figures are read so). */
  public MeasuredCandidate(
      String framework,
      String name,
      double maxSustainableRps,
      double p99AtTargetMs,
      double startupMs,
      double peakRssMb,
      double errorRate) {
    this(
        framework,
        name,
        maxSustainableRps,
        p99AtTargetMs,
        startupMs,
        peakRssMb,
        errorRate,
        EvidenceQuality.CLEAN,
        "");
  }
}
