package dev.stackfit.lab.file;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated lab file: which proofs of concept to compare, under what load, against what targets.
 *
 * @param source the file as given, for messages
 * @param name a title for the report
 * @param candidates the proofs of concept, run one after the other
 * @param scenario the weighted request mix sent to each
 * @param targets the rate and p99 each must carry
 * @param load warm-up and staircase
 * @param repetitions how many times the whole comparison runs; figures are medians across them
 * @param allowRemote the one non-loopback host the lab may load, or null
 */
public record LabFile(
    Path source,
    String name,
    List<Candidate> candidates,
    List<ScenarioRequest> scenario,
    Targets targets,
    LoadSteps load,
    int repetitions,
    String allowRemote) {

  public LabFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(load, "load");
    candidates = List.copyOf(candidates);
    scenario = List.copyOf(scenario);
    if (candidates.isEmpty() || scenario.isEmpty()) {
      throw new IllegalArgumentException("a lab needs candidates and a scenario");
    }
    if (repetitions < 1) {
      throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
    }
  }
}
