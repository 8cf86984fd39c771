package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Candidate;
import java.util.List;
import java.util.Optional;

/**
 * What the lab concluded about one candidate over all repetitions.
 *
 * @param candidate the candidate as configured
 * @param representative the repetition whose figures are reported: the median by sustained rate, or
 *     a failed one when any failed
 * @param sustainedPerRepetition maximum sustainable rate of each repetition, in run order
 * @param atTarget the step run at exactly the target rate, or null when it was never reached
 * @param verdict one sentence for the decision, such as "carries the target with 2.4x margin"
 */
public record CandidateResult(
    Candidate candidate,
    Measurement representative,
    List<Double> sustainedPerRepetition,
    StepResult atTarget,
    String verdict) {

  public CandidateResult {
    sustainedPerRepetition = List.copyOf(sustainedPerRepetition);
  }

  public Optional<StepResult> target() {
    return Optional.ofNullable(atTarget);
  }

  public double maxSustainableRps() {
    return representative.maxSustainableRps();
  }
}
