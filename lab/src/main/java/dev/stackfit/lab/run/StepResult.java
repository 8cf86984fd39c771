package dev.stackfit.lab.run;

import dev.stackfit.lab.machine.StepConditions;
import java.util.List;
import java.util.Objects;

/**
 * One step of the staircase as measured.
 *
 * @param targetRps the open-model rate sent, requests/s
 * @param achievedRps responses per second received
 * @param requests requests due in the step
 * @param errors failed requests of all kinds (connect, read, timeout, status, body)
 * @param p50Ms median latency from each request's intended start, ms
 * @param p90Ms 90th percentile, ms
 * @param p99Ms 99th percentile, ms
 * @param maxMs worst latency, ms
 * @param cpuSeconds CPU time the candidate's whole process tree used during the step
 * @param peakRssMb highest resident memory of the whole tree seen during the step, MiB
 * @param sustained whether the step met the p99 target, the error limit and kept up with the rate
 * @param shortfall why it was not sustained, in plain words; empty when it was
 * @param conditions what the machine and the load generator did meanwhile
 * @param machineBound why the step measured the machine rather than the framework, one sentence per
 *     reason; empty when it measured the framework
 */
public record StepResult(
    double targetRps,
    double achievedRps,
    long requests,
    long errors,
    double p50Ms,
    double p90Ms,
    double p99Ms,
    double maxMs,
    double cpuSeconds,
    double peakRssMb,
    boolean sustained,
    String shortfall,
    StepConditions conditions,
    List<String> machineBound) {

  /** A step must deliver this share of its rate to count as carried. */
  public static final double MIN_ACHIEVED_SHARE = 0.95;

  public StepResult {
    if (shortfall == null || sustained != shortfall.isEmpty()) {
      throw new IllegalArgumentException("a step has a shortfall exactly when it is not sustained");
    }
    Objects.requireNonNull(conditions, "conditions");
    machineBound = List.copyOf(machineBound);
  }

  /** A step without machine conditions (recorded before the lab watched the machine). */
  public StepResult(
      double targetRps,
      double achievedRps,
      long requests,
      long errors,
      double p50Ms,
      double p90Ms,
      double p99Ms,
      double maxMs,
      double cpuSeconds,
      double peakRssMb,
      boolean sustained,
      String shortfall) {
    this(
        targetRps,
        achievedRps,
        requests,
        errors,
        p50Ms,
        p90Ms,
        p99Ms,
        maxMs,
        cpuSeconds,
        peakRssMb,
        sustained,
        shortfall,
        StepConditions.UNKNOWN,
        List.of());
  }

  /** Failed requests as a share of those due, 0..1. */
  public double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }

  /** Whether the machine, not the framework, limited this step. */
  public boolean isMachineBound() {
    return !machineBound.isEmpty();
  }

  /**
   * The candidate's CPU seconds per 1,000 answered requests (due minus failed), the cost figure
   * that travels best between machines; -1 when nothing was answered.
   */
  public double cpuPer1000Requests() {
    long answered = requests - errors;
    return answered <= 0 ? -1 : cpuSeconds / answered * 1000;
  }
}
