package dev.stackfit.lab.load;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Per-step results of a staircase (one step for other curves), by each request's intended start;
 * written on one worker's loop, merged after the run.
 */
final class StageStats {
  private final List<RateSegment> segments;
  private final long[] endNanos;
  private final Histogram[] latency;
  private final Histogram[] service;
  private final long[] requests;
  private final long[] responses;
  private final long[] errors;

  StageStats(List<RateSegment> measuredSegments) {
    this.segments = List.copyOf(measuredSegments);
    int n = segments.size();
    endNanos = new long[n];
    latency = new Histogram[n];
    service = new Histogram[n];
    requests = new long[n];
    responses = new long[n];
    errors = new long[n];
    long end = 0;
    for (int i = 0; i < n; i++) {
      end += segments.get(i).durationNanos();
      endNanos[i] = end;
      latency[i] = Recorders.histogram();
      service[i] = Recorders.histogram();
    }
  }

  /** The stage a request belongs to, from its intended start after the measured window began. */
  private int stageOf(long sinceMeasureStartNanos) {
    for (int i = 0; i < endNanos.length - 1; i++) {
      if (sinceMeasureStartNanos < endNanos[i]) {
        return i;
      }
    }
    return endNanos.length - 1;
  }

  void scheduled(long sinceMeasureStartNanos) {
    if (endNanos.length > 0) {
      requests[stageOf(sinceMeasureStartNanos)]++;
    }
  }

  void completed(long sinceMeasureStartNanos, long latencyNanos, long serviceNanos, boolean error) {
    if (endNanos.length == 0) {
      return;
    }
    int stage = stageOf(sinceMeasureStartNanos);
    if (latencyNanos >= 0) {
      responses[stage]++;
      latency[stage].recordValue(Math.min(Recorders.HIGHEST_MICROS, latencyNanos / 1000));
      service[stage].recordValue(Math.min(Recorders.HIGHEST_MICROS, serviceNanos / 1000));
    }
    if (error) {
      errors[stage]++;
    }
  }

  void add(StageStats other) {
    for (int i = 0; i < endNanos.length; i++) {
      latency[i].add(other.latency[i]);
      service[i].add(other.service[i]);
      requests[i] += other.requests[i];
      responses[i] += other.responses[i];
      errors[i] += other.errors[i];
    }
  }

  List<LoadResult.Stage> results() {
    List<LoadResult.Stage> out = new ArrayList<>();
    for (int i = 0; i < endNanos.length; i++) {
      RateSegment s = segments.get(i);
      double seconds = s.durationNanos() / 1e9;
      out.add(
          new LoadResult.Stage(
              s.arrivals() / seconds,
              requests[i],
              responses[i],
              errors[i],
              responses[i] / seconds,
              LoadResult.Percentiles.of(latency[i]),
              LoadResult.Percentiles.of(service[i])));
    }
    return out;
  }
}
