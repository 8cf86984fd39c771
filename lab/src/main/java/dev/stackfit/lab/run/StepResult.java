package dev.stackfit.lab.run;

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
    String shortfall) {

  /** A step must deliver this share of its rate to count as carried. */
  public static final double MIN_ACHIEVED_SHARE = 0.95;

  public StepResult {
    if (shortfall == null || sustained != shortfall.isEmpty()) {
      throw new IllegalArgumentException("a step has a shortfall exactly when it is not sustained");
    }
  }

  /** Failed requests as a share of those due, 0..1. */
  public double errorRate() {
    return requests == 0 ? 0 : (double) errors / requests;
  }
}
