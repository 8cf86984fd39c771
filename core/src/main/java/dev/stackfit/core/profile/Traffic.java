package dev.stackfit.core.profile;

/**
 * Expected traffic.
 *
 * @param peakRps peak requests per second today
 * @param peakRpsIn3Years expected peak requests per second in three years
 * @param p99LatencyMs the 99th-percentile latency target, in milliseconds
 */
public record Traffic(int peakRps, int peakRpsIn3Years, int p99LatencyMs) {
  public static final Traffic DEFAULT = new Traffic(50, 200, 500);

  public Traffic {
    if (peakRps < 0 || peakRpsIn3Years < 0) {
      throw new IllegalArgumentException("traffic must not be negative");
    }
    if (p99LatencyMs < 1) {
      throw new IllegalArgumentException("p99 latency target must be at least 1 ms");
    }
  }

  /** The larger of today's and the 3-year peak: what the framework must carry. */
  public int designPeakRps() {
    return Math.max(peakRps, peakRpsIn3Years);
  }
}
