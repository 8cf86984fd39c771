package dev.stackfit.lab.load;

/** Per-worker counts of the measured window; mutated only on the worker's event loop. */
final class Counters {
  long scheduled;
  long sent;
  long responses;
  long ok;
  long dropped;
  long maxBacklog;
  long backlog;
  long inFlight;
  long unsentAtEnd;
  long lastResponseNanos;
  final long[] errors = new long[ErrorKind.values().length];

  Counters copy() {
    Counters copy = new Counters();
    copy.add(this);
    return copy;
  }

  /** Sums another worker's counts into this one (max for the high-water mark and last time). */
  void add(Counters other) {
    scheduled += other.scheduled;
    sent += other.sent;
    responses += other.responses;
    ok += other.ok;
    dropped += other.dropped;
    maxBacklog = Math.max(maxBacklog, other.maxBacklog);
    backlog += other.backlog;
    inFlight += other.inFlight;
    unsentAtEnd += other.unsentAtEnd;
    lastResponseNanos = Math.max(lastResponseNanos, other.lastResponseNanos);
    for (int i = 0; i < errors.length; i++) {
      errors[i] += other.errors[i];
    }
  }

  long errorTotal() {
    long total = 0;
    for (long e : errors) {
      total += e;
    }
    return total;
  }
}
