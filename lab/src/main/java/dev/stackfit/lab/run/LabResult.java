package dev.stackfit.lab.run;

import dev.stackfit.lab.file.LabFile;
import java.time.Instant;
import java.util.List;

/**
 * A finished lab run: the file it ran, when, on what, and a result per candidate.
 *
 * @param lab the lab file
 * @param started when the run began
 * @param machine a short description of the machine ("2 cores, Linux 6.8")
 * @param candidates one result per candidate, in the lab file's order
 */
public record LabResult(
    LabFile lab, Instant started, String machine, List<CandidateResult> candidates) {
  public LabResult {
    candidates = List.copyOf(candidates);
  }

  /** Whether every candidate started, ran and stopped cleanly. */
  public boolean allMeasured() {
    return candidates.stream().allMatch(c -> c.representative().failed().isEmpty());
  }
}
