package dev.stackfit.lab.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Turns a run's raw totals into a {@link LoadResult}, deciding the rate window and the warnings.
 */
final class ResultAssembler {
  private final LoadPlan plan;
  private final String transport;
  private final int opened;
  private final Counters totals;
  private Histogram latency;
  private Histogram service;
  private Histogram lag;
  private Histogram wait;
  private LoadResult.GeneratorCpu cpu;
  private double measuredSeconds;
  private List<LoadResult.Stage> stages = List.of();

  ResultAssembler(LoadPlan plan, String transport, int opened, Counters totals) {
    this.plan = plan;
    this.transport = transport;
    this.opened = opened;
    this.totals = totals;
  }

  ResultAssembler histograms(Histogram latency, Histogram service, Histogram lag, Histogram wait) {
    this.latency = latency;
    this.service = service;
    this.lag = lag;
    this.wait = wait;
    return this;
  }

  ResultAssembler stages(List<LoadResult.Stage> perStage) {
    this.stages = perStage;
    return this;
  }

  ResultAssembler cpu(long cpuStartNanos, long cpuEndNanos, long wallNanos) {
    double cpuSeconds = cpuStartNanos < 0 ? -1 : (cpuEndNanos - cpuStartNanos) / 1e9;
    double cores = cpuSeconds < 0 ? 0 : cpuSeconds / (wallNanos / 1e9);
    cpu =
        new LoadResult.GeneratorCpu(
            cpuSeconds, cores, plan.threads(), 100 * cores / plan.threads());
    return this;
  }

  /**
   * The achieved rate is counted over the planned window (shortened when the request count ran
   * out), stretched to the last response when the server finished late, so a backlog drained after
   * the end cannot inflate it.
   */
  ResultAssembler window(long measureStartNanos, long endNanos) {
    long requests = requests();
    boolean countReached = plan.maxRequests() > 0 && requests >= plan.maxRequests();
    double planned = (endNanos - measureStartNanos) / 1e9;
    if (countReached) {
      Double target = plan.rate() == null ? null : probeTargetRate();
      planned = target == null ? 0 : Math.min(planned, requests / target);
    }
    double untilLast =
        totals.lastResponseNanos == 0 ? 0 : (totals.lastResponseNanos - measureStartNanos) / 1e9;
    measuredSeconds = Math.max(1e-9, Math.max(planned, untilLast));
    return this;
  }

  LoadResult build() {
    double achieved = totals.responses / measuredSeconds;
    LoadResult draft = result(achieved, List.of());
    return result(achieved, warnings(draft));
  }

  private LoadResult result(double achieved, List<String> warnings) {
    return new LoadResult(
        plan,
        transport,
        opened,
        requests(),
        totals.sent,
        totals.responses,
        totals.ok,
        LoadResult.Errors.of(totals.errors),
        totals.dropped,
        totals.unsentAtEnd,
        totals.maxBacklog,
        measuredSeconds,
        achieved,
        latency,
        service,
        lag,
        wait,
        cpu,
        stages,
        warnings);
  }

  private long requests() {
    return plan.mode() == LoadMode.OPEN ? totals.scheduled : totals.sent;
  }

  private Double probeTargetRate() {
    return result(0, List.of()).targetRatePerSec();
  }

  private List<String> warnings(LoadResult r) {
    List<String> out = new ArrayList<>();
    if (opened < plan.sizing().connections()) {
      out.add(
          "only "
              + opened
              + " of "
              + plan.sizing().connections()
              + " connections could be opened before the run");
    }
    Double target = r.targetRatePerSec();
    if (target != null && r.achievedRatePerSec() < 0.99 * target) {
      out.add(
          format(
              "achieved %.1f/s is below the target %.1f/s: the server (or the generator) did not keep"
                  + " up, so the latencies describe an overloaded system",
              r.achievedRatePerSec(), target));
    }
    if (r.dropped() > 0) {
      out.add(
          r.dropped()
              + " requests were dropped: max in-flight ("
              + plan.sizing().maxInFlight()
              + ") was reached; the server is far behind");
    }
    if (r.unsentAtEnd() > 0) {
      out.add(r.unsentAtEnd() + " requests were still waiting for a connection at the end");
    }
    double lagP99 = r.scheduleLagMs().p99();
    if (plan.mode() == LoadMode.OPEN && lagP99 > 1.0) {
      out.add(
          format(
              "the generator fell behind its own schedule (p99 lag %.2f ms > 1 ms): latencies include"
                  + " its own delay",
              lagP99));
    }
    if (cpu.mayBeBottleneck()) {
      out.add(
          format(
              "the generator used %.0f%% of its %d-core budget: it may be the bottleneck; give it more"
                  + " --threads or its own cores",
              cpu.percentOfBudget(), cpu.budgetCores()));
    }
    if (plan.mode() == LoadMode.CLOSED) {
      out.add(
          "closed model: each connection waits for a response before sending again, so latencies"
              + " are subject to coordinated omission (server stalls are under-counted)");
    }
    return out;
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
