package dev.stackfit.lab.load;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One worker's precomputed intended start times; never shifted by how the server behaves.
 *
 * <p>Arrivals are placed in "operational time": the k-th arrival is due when the integral of the
 * rate reaches k (constant) or a running sum of unit exponentials (Poisson). That handles ramps and
 * steps without special cases. With several workers each takes an equal share; constant schedules
 * are phase-shifted so their union is evenly spaced.
 */
final class ArrivalSchedule {
  private final RateSegment[] segments;
  private final double share;
  private final boolean poisson;
  private final SplittableRandom random;
  private int segmentIndex;
  private long segmentStartNanos;
  private double arrivalsBeforeSegment;
  private double nextArrival;

  ArrivalSchedule(List<RateSegment> segments, int worker, int workers, Arrival arrival, long seed) {
    this.segments = segments.toArray(RateSegment[]::new);
    this.share = 1.0 / workers;
    this.poisson = arrival == Arrival.POISSON;
    this.random = new SplittableRandom(seed * 31 + worker);
    this.nextArrival = poisson ? exponential() : (double) worker / workers;
  }

  /** Returns the next intended start in nanoseconds after the run start, or -1 when over. */
  long next() {
    double target = nextArrival;
    nextArrival += poisson ? exponential() : 1.0;
    while (segmentIndex < segments.length) {
      RateSegment segment = segments[segmentIndex];
      double mine = segment.arrivals() * share;
      double within = target - arrivalsBeforeSegment;
      if (within < mine) {
        double seconds = segment.secondsUntil(within / share);
        return segmentStartNanos + Math.min(segment.durationNanos() - 1, (long) (seconds * 1e9));
      }
      arrivalsBeforeSegment += mine;
      segmentStartNanos += segment.durationNanos();
      segmentIndex++;
    }
    return -1;
  }

  private double exponential() {
    return -Math.log(1.0 - random.nextDouble());
  }
}
