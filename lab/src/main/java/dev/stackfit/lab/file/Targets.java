package dev.stackfit.lab.file;

/**
 * What a candidate must carry.
 *
 * @param rps the rate to carry, requests per second (the profile's 3-year peak when from a profile)
 * @param p99LatencyMs the 99th-percentile latency a sustained rate must stay under, milliseconds
 * @param basis where the figures came from, for the report ("lab file" or "profile FILE")
 */
public record Targets(double rps, double p99LatencyMs, String basis) {
  public Targets {
    if (!(rps > 0) || !(p99LatencyMs > 0) || Double.isInfinite(rps)) {
      throw new IllegalArgumentException("targets need rps > 0 and p99 > 0 ms");
    }
    if (basis == null || basis.isBlank()) {
      throw new IllegalArgumentException("targets need a basis");
    }
  }
}
