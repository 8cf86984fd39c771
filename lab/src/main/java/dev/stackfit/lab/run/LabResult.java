package dev.stackfit.lab.run;

import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.MachineInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished lab run: the file it ran, when, on what, and a result per candidate.
 *
 * @param lab the lab file
 * @param started when the run began
 * @param took how long the whole run took, preparation included
 * @param machine what it ran on
 * @param split how the generator and the candidates shared the CPUs
 * @param provenance the lab file's hash and the stackfit build
 * @param candidates one result per candidate, in the lab file's order
 */
public record LabResult(
    LabFile lab,
    Instant started,
    Duration took,
    MachineInfo machine,
    CpuSplit split,
    Provenance provenance,
    List<CandidateResult> candidates) {
  public LabResult {
    Objects.requireNonNull(lab, "lab");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(provenance, "provenance");
    candidates = List.copyOf(candidates);
  }

  /** Whether every candidate was prepared, started, ran and stopped cleanly. */
  public boolean allMeasured() {
    return candidates.stream().allMatch(c -> c.representative().failed().isEmpty());
  }

  /** The machine's state over every measured step of every repetition. */
  public RunConditions conditions() {
    return RunConditions.of(
        candidates.stream()
            .flatMap(c -> c.repetitions().stream())
            .flatMap(m -> m.steps().stream())
            .toList());
  }
}
