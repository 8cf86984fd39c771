package dev.stackfit.lab.load;

/** A stretch of the schedule whose rate moves linearly from start to end; rates in requests/s. */
record RateSegment(long durationNanos, double startRatePerSec, double endRatePerSec) {
  RateSegment {
    if (durationNanos <= 0 || startRatePerSec < 0 || endRatePerSec < 0) {
      throw new IllegalArgumentException(
          "bad segment " + durationNanos + "ns " + startRatePerSec + ".." + endRatePerSec);
    }
  }

  /** Expected number of arrivals in the whole segment (the area under the rate line). */
  double arrivals() {
    return (startRatePerSec + endRatePerSec) / 2 * durationNanos / 1e9;
  }

  /**
   * Seconds into the segment at which {@code arrivals} requests are due; stable for rising, falling
   * and flat rates.
   */
  double secondsUntil(double arrivals) {
    if (arrivals <= 0) {
      return 0;
    }
    double halfSlope = (endRatePerSec - startRatePerSec) / (2 * durationNanos / 1e9);
    double root =
        Math.sqrt(Math.max(0, startRatePerSec * startRatePerSec + 4 * halfSlope * arrivals));
    return 2 * arrivals / (startRatePerSec + root);
  }
}
