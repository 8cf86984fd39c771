package dev.stackfit.lab.run;

import dev.stackfit.lab.process.ProcessGroup;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples a process tree's memory in the background to catch its peak during each step. */
final class TreeSampler implements AutoCloseable {
  private static final long PERIOD_MS = 100;

  private final ProcessGroup group;
  private final ScheduledExecutorService timer;
  private double peakRssMb;

  TreeSampler(ProcessGroup group) {
    this.group = group;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "stackfit-lab-sampler");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(this::sample, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    double rss = group.sample().rssMb();
    synchronized (this) {
      peakRssMb = Math.max(peakRssMb, rss);
    }
  }

  /** The highest memory seen since the last call (or the start), and starts a new period. */
  double takePeakRssMb() {
    sample();
    synchronized (this) {
      double peak = peakRssMb;
      peakRssMb = 0;
      return peak;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
