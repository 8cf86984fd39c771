package dev.stackfit.lab.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One repetition of one candidate, start to stop.
 *
 * @param startupMs from starting the command to its first healthy answer; -1 when it never answered
 * @param idleRssMb resident memory of the tree once healthy, before load, MiB
 * @param steps the staircase steps that ran, in order
 * @param forcedStop the stop signal was not enough and SIGKILL was needed
 * @param portFreed the port stopped answering after the stop
 * @param failure what went wrong (did not start, crashed, left processes behind), or null
 * @param log the file holding the candidate's output
 */
public record Measurement(
    double startupMs,
    double idleRssMb,
    List<StepResult> steps,
    boolean forcedStop,
    boolean portFreed,
    String failure,
    Path log) {

  public Measurement {
    steps = List.copyOf(steps);
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

  public double peakRssMb() {
    return steps.stream().mapToDouble(StepResult::peakRssMb).max().orElse(idleRssMb);
  }

  public double cpuSeconds() {
    return steps.stream().mapToDouble(StepResult::cpuSeconds).sum();
  }
}
