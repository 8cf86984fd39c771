package dev.stackfit.lab.load;

/**
 * A live snapshot for progress lines.
 *
 * @param phase "warm-up", "measuring" or "draining"
 * @param elapsedSeconds since the first request was due
 * @param intervalRatePerSec measured responses per second over the last interval
 * @param intervalP99Ms p99 latency over the last interval (from intended start in the open model)
 * @param responses measured responses so far
 * @param errors measured errors so far, all kinds
 * @param backlog requests due but waiting for a connection right now
 * @param inFlight requests sent or waiting right now
 */
public record LoadProgress(
    String phase,
    double elapsedSeconds,
    double intervalRatePerSec,
    double intervalP99Ms,
    long responses,
    long errors,
    long backlog,
    long inFlight) {}
