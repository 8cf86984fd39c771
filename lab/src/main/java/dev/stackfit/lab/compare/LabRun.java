package dev.stackfit.lab.compare;

import dev.stackfit.lab.run.Spread;
import java.util.List;
import java.util.Optional;

/**
 * A lab result as {@code lab compare} reads it back from its JSON: only the figures a comparison
 * needs, each as a spread over the run's repetitions.
 *
 * @param source the file as named on the command line
 * @param format the result's format version (1 before the lab recorded repetitions and the machine)
 * @param name the lab's name
 * @param started when the run began, as recorded, or "" when not
 * @param labFileSha256 the lab file's hash, or null when not recorded
 * @param stackfitCommit the stackfit commit, or null when not recorded
 * @param targetRps the target rate, requests/s
 * @param machine what it ran on and how busy the machine was
 * @param candidates one per candidate, in the file's order
 */
public record LabRun(
    String source,
    int format,
    String name,
    String started,
    String labFileSha256,
    String stackfitCommit,
    double targetRps,
    Machine machine,
    List<Candidate> candidates) {

  public LabRun {
    candidates = List.copyOf(candidates);
  }

  /** The candidate named {@code name}, if this run has it. */
  public Optional<Candidate> candidate(String name) {
    return candidates.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The machine side of a run.
   *
   * @param description cores, operating system and Java, as the lab wrote it
   * @param cores CPUs, 0 when not recorded
   * @param cpuModel processor model, or "" when not recorded
   * @param idle machine-wide idle share over the steps, 0..1
   * @param steal machine-wide steal share over the steps, 0..1
   * @param loadAverage one-minute load average at the end of each step
   * @param steps steps measured; -1 when not recorded
   * @param machineBoundSteps machine-bound steps among them; -1 when not recorded
   */
  public record Machine(
      String description,
      int cores,
      String cpuModel,
      Spread idle,
      Spread steal,
      Spread loadAverage,
      int steps,
      int machineBoundSteps) {}

  /**
   * One candidate's figures, each a spread over the run's repetitions (a single value for results
   * of format 1, which kept only the median repetition's figures).
   *
   * @param name the candidate's name
   * @param framework its catalog id
   * @param verdict the lab's verdict
   * @param quality clean, machine-bound or uncertain
   * @param sustainedRps the highest step held
   * @param startupMs start-up to the first healthy answer
   * @param p99AtTargetMs p99 latency at the target rate
   * @param cpuPer1000AtTarget CPU seconds per 1,000 answered requests at the target rate
   * @param idleRssMb resident memory at rest
   * @param peakRssMb resident memory under load
   */
  public record Candidate(
      String name,
      String framework,
      String verdict,
      String quality,
      Spread sustainedRps,
      Spread startupMs,
      Spread p99AtTargetMs,
      Spread cpuPer1000AtTarget,
      Spread idleRssMb,
      Spread peakRssMb) {}
}
