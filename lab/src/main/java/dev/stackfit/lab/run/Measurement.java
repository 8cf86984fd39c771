package dev.stackfit.lab.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One repetition of one candidate, start to stop.
 *
 * @param startupMs from starting the command to its first healthy answer, for the start that was
 *     loaded; -1 when it never answered
 * @param idleRssMb resident memory of the tree once healthy, before load, MiB
 * @param steps the staircase steps that ran, in order
 * @param forcedStop the stop signal was not enough and SIGKILL was needed
 * @param portFreed the port stopped answering after the stop
 * @param failure what went wrong (did not start, crashed, left processes behind), or null
 * @param log the file holding the candidate's output
 * @param startupSamplesMs every start-up of this repetition, in order, the loaded one last; the
 *     first repetition starts the candidate several times to take a median
 */
public record Measurement(
    double startupMs,
    double idleRssMb,
    List<StepResult> steps,
    boolean forcedStop,
    boolean portFreed,
    String failure,
    Path log,
    List<Double> startupSamplesMs) {

  public Measurement {
    steps = List.copyOf(steps);
    startupSamplesMs = List.copyOf(startupSamplesMs);
  }

  /** A repetition that started once. */
  public Measurement(
      double startupMs,
      double idleRssMb,
      List<StepResult> steps,
      boolean forcedStop,
      boolean portFreed,
      String failure,
      Path log) {
    this(
        startupMs,
        idleRssMb,
        steps,
        forcedStop,
        portFreed,
        failure,
        log,
        startupMs < 0 ? List.of() : List.of(startupMs));
  }

  public Optional<String> failed() {
    return Optional.ofNullable(failure);
  }

  /**
   * The highest rate of the unbroken run of sustained steps from the bottom of the staircase; 0
   * when the first step already failed or the candidate failed.
   */
  public double maxSustainableRps() {
    if (failure != null) {
      return 0;
    }
    double best = 0;
    for (StepResult step : steps) {
      if (!step.sustained()) {
        break;
      }
      best = step.targetRps();
    }
    return best;
  }

  /** The first step that was not sustained, which ends the sustained run; empty when all held. */
  public Optional<StepResult> limitingStep() {
    return steps.stream().filter(s -> !s.sustained()).findFirst();
  }

  /**
   * Whether the step that ended the sustained run was machine-bound: its limit is a lower bound.
   */
  public boolean limitMachineBound() {
    return failure == null && limitingStep().map(StepResult::isMachineBound).orElse(false);
  }

  public double peakRssMb() {
    return steps.stream().mapToDouble(StepResult::peakRssMb).max().orElse(idleRssMb);
  }

  public double cpuSeconds() {
    return steps.stream().mapToDouble(StepResult::cpuSeconds).sum();
  }

  /** The step run at {@code rps}, if it ran. */
  public Optional<StepResult> stepAt(double rps) {
    return steps.stream().filter(s -> Math.abs(s.targetRps() - rps) < 0.01).findFirst();
  }
}
