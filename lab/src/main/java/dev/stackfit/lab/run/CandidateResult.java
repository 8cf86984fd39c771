package dev.stackfit.lab.run;

import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.lab.file.Candidate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the lab concluded about one candidate over all repetitions.
 *
 * @param candidate the candidate as configured
 * @param preparation its preparation phase, {@link Preparation#NONE} when it has none
 * @param repetitions every repetition in run order, extra ones last
 * @param agreement whether the repetitions agree on the highest step held
 * @param representative the repetition whose figures are reported: the lower median by sustained
 *     rate, or a failed one when any failed
 * @param atTarget the representative's step at exactly the target rate, or null when never reached
 * @param verdict one sentence for the decision, such as "carries the target with 2.4x margin"
 * @param quality whether the figures are clean, a lower bound (machine-bound) or not repeatable
 * @param qualityNote why, in plain words; empty when clean
 */
public record CandidateResult(
    Candidate candidate,
    Preparation preparation,
    List<Measurement> repetitions,
    Agreement agreement,
    Measurement representative,
    StepResult atTarget,
    String verdict,
    EvidenceQuality quality,
    String qualityNote) {

  public CandidateResult {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(preparation, "preparation");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(representative, "representative");
    Objects.requireNonNull(quality, "quality");
    repetitions = List.copyOf(repetitions);
    qualityNote = qualityNote == null ? "" : qualityNote;
  }

  /** A candidate run once, with nothing prepared and clean figures. */
  public static CandidateResult single(
      Candidate candidate, Measurement measurement, StepResult atTarget, String verdict) {
    return new CandidateResult(
        candidate,
        Preparation.NONE,
        List.of(measurement),
        Agreement.single(),
        measurement,
        atTarget,
        verdict,
        EvidenceQuality.CLEAN,
        "");
  }

  public Optional<StepResult> target() {
    return Optional.ofNullable(atTarget);
  }

  public double maxSustainableRps() {
    return representative.maxSustainableRps();
  }

  /** Maximum sustainable rate of each repetition, in run order. */
  public List<Double> sustainedPerRepetition() {
    return repetitions.stream().map(Measurement::maxSustainableRps).toList();
  }

  /** Every start-up measured, over all repetitions, in order. */
  public List<Double> startupSamplesMs() {
    return repetitions.stream().flatMap(m -> m.startupSamplesMs().stream()).toList();
  }

  /** The median start-up to the first healthy answer, ms; -1 when it never answered. */
  public double startupMs() {
    Spread s = Spread.of(startupSamplesMs());
    return s.isEmpty() ? -1 : s.median();
  }

  /**
   * CPU seconds per 1,000 answered requests at {@code rps}, one value per repetition that ran it.
   */
  public Spread cpuPer1000At(double rps) {
    return Spread.of(
        repetitions.stream()
            .flatMap(m -> m.stepAt(rps).stream())
            .map(StepResult::cpuPer1000Requests)
            .filter(v -> v >= 0)
            .toList());
  }
}
