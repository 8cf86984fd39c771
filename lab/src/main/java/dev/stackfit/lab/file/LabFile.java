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
 * @param startups how many times each candidate is started to measure start-up (median reported)
 * @param maxRepetitions the most repetitions a candidate gets when its repetitions disagree by more
 *     than one step; equal to {@code repetitions} when no extra ones may run
 */
public record LabFile(
    Path source,
    String name,
    List<Candidate> candidates,
    List<ScenarioRequest> scenario,
    Targets targets,
    LoadSteps load,
    int repetitions,
    String allowRemote,
    int startups,
    int maxRepetitions) {

  /** Starts per candidate for the start-up median unless the lab file says otherwise. */
  public static final int DEFAULT_STARTUPS = 3;

  /** The most repetitions and start-ups a lab file may ask for. */
  public static final int MAX_REPETITIONS = 20;

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
    if (startups < 1 || startups > MAX_REPETITIONS) {
      throw new IllegalArgumentException(
          "startups must be 1.." + MAX_REPETITIONS + ", got " + startups);
    }
    if (maxRepetitions < repetitions || maxRepetitions > MAX_REPETITIONS) {
      throw new IllegalArgumentException(
          "maxRepetitions must be repetitions.." + MAX_REPETITIONS + ", got " + maxRepetitions);
    }
  }

  /** A lab with the default start-ups and extra repetitions. */
  public LabFile(
      Path source,
      String name,
      List<Candidate> candidates,
      List<ScenarioRequest> scenario,
      Targets targets,
      LoadSteps load,
      int repetitions,
      String allowRemote) {
    this(
        source,
        name,
        candidates,
        scenario,
        targets,
        load,
        repetitions,
        allowRemote,
        DEFAULT_STARTUPS,
        defaultMaxRepetitions(repetitions));
  }

  /**
   * Two more than planned, so that one disagreeing repetition can be outvoted; none with a single
   * planned repetition, which has nothing to disagree with.
   */
  public static int defaultMaxRepetitions(int repetitions) {
    return repetitions == 1 ? 1 : Math.min(MAX_REPETITIONS, repetitions + 2);
  }
}
