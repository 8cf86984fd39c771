package dev.stackfit.lab.load;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Everything one run measured; histograms are in microseconds and cover the measured window only.
 *
 * @param plan what was asked for
 * @param transport "epoll" or "nio"
 * @param connectionsOpened connections open before the first request was due
 * @param requests requests due in the measured window (open) or sent in it (closed)
 * @param sent requests actually written
 * @param responses complete responses, whatever their status
 * @param ok responses that passed the check
 * @param errors failures by kind
 * @param dropped requests never sent because max in-flight was reached
 * @param unsentAtEnd requests still waiting for a connection when the run ended
 * @param maxBacklog most requests waiting for a connection at once in one event loop (each loop
 *     keeps its own backlog; this is the highest any of them reached)
 * @param measuredSeconds length of the window the achieved rate is computed over
 * @param achievedRatePerSec responses per second
 * @param latency from intended start to complete response (open); from send in the closed model
 * @param serviceTime from actual send to complete response
 * @param scheduleLag from intended start until the generator dispatched the request (open)
 * @param connectionWait from dispatch until a connection was free to send it
 * @param cpu the generator process's own CPU use during the measured window
 * @param stages per step of a staircase (a single entry otherwise; empty in the closed model)
 * @param warnings reasons to distrust or re-run, in plain words; empty when none
 */
public record LoadResult(
    LoadPlan plan,
    String transport,
    int connectionsOpened,
    long requests,
    long sent,
    long responses,
    long ok,
    Errors errors,
    long dropped,
    long unsentAtEnd,
    long maxBacklog,
    double measuredSeconds,
    double achievedRatePerSec,
    Histogram latency,
    Histogram serviceTime,
    Histogram scheduleLag,
    Histogram connectionWait,
    GeneratorCpu cpu,
    List<Stage> stages,
    List<String> warnings) {

  public LoadResult {
    stages = List.copyOf(stages);
    warnings = List.copyOf(warnings);
  }

  /** Mean target rate over the measured duration in requests/s, or null in the closed model. */
  public Double targetRatePerSec() {
    if (plan.rate() == null) {
      return null;
    }
    long nanos = plan.duration().toNanos();
    double arrivals = plan.rate().segments(nanos).stream().mapToDouble(RateSegment::arrivals).sum();
    return arrivals / (nanos / 1e9);
  }

  /**
   * One step of the rate curve, counting requests by their intended start.
   *
   * @param targetRatePerSec mean target rate over the step
   * @param achievedRatePerSec responses to the step's requests divided by its length
   */
  public record Stage(
      double targetRatePerSec,
      long requests,
      long responses,
      long errors,
      double achievedRatePerSec,
      Percentiles latencyMs,
      Percentiles serviceTimeMs) {}

  /** Failures by kind, counted over the measured window. */
  public record Errors(long connect, long read, long timeout, long status, long body) {
    public long total() {
      return connect + read + timeout + status + body;
    }

    static Errors of(long[] byKind) {
      return new Errors(
          byKind[ErrorKind.CONNECT.ordinal()],
          byKind[ErrorKind.READ.ordinal()],
          byKind[ErrorKind.TIMEOUT.ordinal()],
          byKind[ErrorKind.STATUS.ordinal()],
          byKind[ErrorKind.BODY.ordinal()]);
    }
  }

  /** A histogram's summary in milliseconds; zeros when it holds no values. */
  public record Percentiles(
      double p50, double p90, double p99, double p999, double p9999, double max, double mean) {

    public static Percentiles of(Histogram micros) {
      if (micros.getTotalCount() == 0) {
        return new Percentiles(0, 0, 0, 0, 0, 0, 0);
      }
      return new Percentiles(
          ms(micros.getValueAtPercentile(50)),
          ms(micros.getValueAtPercentile(90)),
          ms(micros.getValueAtPercentile(99)),
          ms(micros.getValueAtPercentile(99.9)),
          ms(micros.getValueAtPercentile(99.99)),
          ms(micros.getMaxValue()),
          micros.getMean() / 1000.0);
    }

    private static double ms(long micros) {
      return micros / 1000.0;
    }
  }

  /**
   * The generator's CPU use.
   *
   * @param cpuSeconds process CPU time in the measured window, or -1 when unknown
   * @param coresUsed cpuSeconds divided by wall time
   * @param budgetCores event-loop threads, the cores the generator means to use
   * @param percentOfBudget coresUsed as a percentage of budgetCores
   */
  public record GeneratorCpu(
      double cpuSeconds, double coresUsed, int budgetCores, double percentOfBudget) {
    /** Above this share of its budget, the generator itself may limit the results. */
    public static final double WARN_PERCENT = 80;

    public boolean mayBeBottleneck() {
      return percentOfBudget > WARN_PERCENT;
    }
  }

  public Percentiles latencyMs() {
    return Percentiles.of(latency);
  }

  public Percentiles serviceTimeMs() {
    return Percentiles.of(serviceTime);
  }

  public Percentiles scheduleLagMs() {
    return Percentiles.of(scheduleLag);
  }

  public Percentiles connectionWaitMs() {
    return Percentiles.of(connectionWait);
  }
}
