package dev.stackfit.lab.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * One run's timeline on the calling thread: open connections, start the workers together, harvest
 * interval histograms once a second, sample CPU over the measured window, drain, and sum up.
 */
final class LoadRun {
  private static final long START_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final LoadPlan plan;
  private final List<Worker> workers;
  private final LoadListener listener;
  private final String transport;
  private final Histogram latency = Recorders.histogram();
  private final Histogram service = Recorders.histogram();
  private final Histogram lag = Recorders.histogram();
  private final Histogram wait = Recorders.histogram();
  private long startNanos;
  private long measureStartNanos;
  private long endNanos;

  LoadRun(LoadPlan plan, List<Worker> workers, LoadListener listener, String transport) {
    this.plan = plan;
    this.workers = workers;
    this.listener = listener;
    this.transport = transport;
  }

  LoadResult run() {
    int opened = openConnections();
    startNanos = System.nanoTime() + START_LEAD_NANOS;
    measureStartNanos = startNanos + plan.warmup().toNanos();
    endNanos = measureStartNanos + plan.duration().toNanos();
    List<RateSegment> segments = segments();
    for (int i = 0; i < workers.size(); i++) {
      workers.get(i).start(startNanos, measureStartNanos, endNanos, segments);
    }
    warmUp();
    long cpuStart = ProcessCpu.nanos();
    long nextReport = measureStartNanos + SECOND;
    while (System.nanoTime() < endNanos && !allFinished()) {
      sleepUntil(Math.min(nextReport, endNanos));
      if (System.nanoTime() >= nextReport) {
        report("measuring", nextReport - SECOND);
        nextReport += SECOND;
      }
    }
    long cpuEnd = ProcessCpu.nanos();
    long cpuWallNanos = Math.max(1, System.nanoTime() - measureStartNanos);
    Counters totals = drainAndFinish(nextReport);
    harvest(nextReport - SECOND, System.nanoTime());
    return new ResultAssembler(plan, transport, opened, totals)
        .stages(mergedStages())
        .histograms(latency, service, lag, wait)
        .cpu(cpuStart, cpuEnd, cpuWallNanos)
        .window(measureStartNanos, endNanos)
        .build();
  }

  /** Waits out the warm-up, telling the listener once a second that nothing is measured yet. */
  private void warmUp() {
    for (long tick = startNanos + SECOND; tick < measureStartNanos; tick += SECOND) {
      sleepUntil(tick);
      listener.onProgress(new LoadProgress("warm-up", (tick - startNanos) / 1e9, 0, 0, 0, 0, 0, 0));
    }
    sleepUntil(measureStartNanos);
  }

  private int openConnections() {
    int opened = 0;
    for (Worker worker : workers) {
      var promise = worker.open();
      if (promise.awaitUninterruptibly(plan.timeout().toMillis() + 1000)) {
        opened += promise.getNow();
      }
    }
    return opened;
  }

  private List<RateSegment> segments() {
    if (plan.rate() == null) {
      return List.of();
    }
    List<RateSegment> segments = new ArrayList<>();
    if (!plan.warmup().isZero()) {
      double rate = plan.rate().initialRatePerSec();
      segments.add(new RateSegment(plan.warmup().toNanos(), rate, rate));
    }
    segments.addAll(plan.rate().segments(plan.duration().toNanos()));
    return segments;
  }

  private Counters drainAndFinish(long nextReport) {
    long scanSlack = TimeUnit.MILLISECONDS.toNanos(150);
    long deadline = endNanos + plan.timeout().toNanos() + scanSlack;
    while (System.nanoTime() < deadline && !allFinished()) {
      if (System.nanoTime() >= nextReport) {
        report("draining", nextReport - SECOND);
        nextReport += SECOND;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    Counters totals = new Counters();
    for (Worker worker : workers) {
      totals.add(worker.loop().submit(worker::finish).syncUninterruptibly().getNow());
    }
    return totals;
  }

  private List<LoadResult.Stage> mergedStages() {
    StageStats merged = null;
    for (Worker worker : workers) {
      StageStats stages = worker.loop().submit(worker::stages).syncUninterruptibly().getNow();
      if (merged == null) {
        merged = stages;
      } else {
        merged.add(stages);
      }
    }
    return merged.results();
  }

  private boolean allFinished() {
    for (Worker worker : workers) {
      if (!worker.loop().submit(worker::finished).syncUninterruptibly().getNow()) {
        return false;
      }
    }
    return true;
  }

  private void report(String phase, long intervalStartNanos) {
    long now = System.nanoTime();
    Histogram intervalLatency = harvest(intervalStartNanos, now);
    Counters totals = new Counters();
    for (Worker worker : workers) {
      totals.add(worker.loop().submit(worker::snapshot).syncUninterruptibly().getNow());
    }
    double seconds = Math.max(1e-9, (now - intervalStartNanos) / 1e9);
    listener.onProgress(
        new LoadProgress(
            phase,
            (now - startNanos) / 1e9,
            intervalLatency.getTotalCount() / seconds,
            intervalLatency.getValueAtPercentile(99) / 1000.0,
            totals.responses,
            totals.errorTotal(),
            totals.backlog,
            totals.inFlight));
  }

  /** Moves every worker's interval histograms into the totals; returns the interval's latency. */
  private Histogram harvest(long intervalStartNanos, long now) {
    Histogram intervalLatency = Recorders.histogram();
    Histogram intervalService = Recorders.histogram();
    for (Worker worker : workers) {
      Recorders r = worker.recorders;
      intervalLatency.add(r.latency.getIntervalHistogram());
      intervalService.add(r.service.getIntervalHistogram());
      lag.add(r.scheduleLag.getIntervalHistogram());
      wait.add(r.connectionWait.getIntervalHistogram());
    }
    latency.add(intervalLatency);
    service.add(intervalService);
    long endMs = System.currentTimeMillis();
    long startMs = endMs - (now - intervalStartNanos) / 1_000_000;
    for (Histogram h : List.of(intervalLatency, intervalService)) {
      h.setStartTimeStamp(startMs);
      h.setEndTimeStamp(endMs);
    }
    listener.onInterval(intervalLatency.copy(), intervalService.copy());
    return intervalLatency;
  }

  private static void sleepUntil(long deadlineNanos) {
    long remaining;
    while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(remaining);
    }
  }
}
