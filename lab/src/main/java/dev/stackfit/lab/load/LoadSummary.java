package dev.stackfit.lab.load;

import java.util.Locale;

/** The plain-text report a newcomer can read without a manual. */
public final class LoadSummary {
  private final StringBuilder out = new StringBuilder(2048);
  private final LoadResult r;
  private final boolean open;

  private LoadSummary(LoadResult result) {
    this.r = result;
    this.open = result.plan().mode() == LoadMode.OPEN;
  }

  /** Renders the whole summary, ending with a newline. */
  public static String render(LoadResult result) {
    return new LoadSummary(result)
        .settings()
        .throughput()
        .steps()
        .latency()
        .behind()
        .errorsAndCpu()
        .warnings()
        .out
        .toString();
  }

  private LoadSummary settings() {
    LoadPlan plan = r.plan();
    line("stackfit load  %s %s", plan.request().method(), plan.target());
    String model =
        open
            ? "open model, " + lower(plan.arrival()) + " arrivals, " + plan.rate().describe()
            : "closed model (wrk-style: each connection sends again as soon as it is answered)";
    line("  model        %s", model);
    line(
        "  duration     %s measured after %s warm-up (warm-up excluded from every number)%s",
        seconds(plan.duration().toNanos()),
        seconds(plan.warmup().toNanos()),
        plan.maxRequests() > 0 ? ", at most " + plan.maxRequests() + " requests" : "");
    line(
        "  connections  %d of %d opened before measuring (%s, %d thread%s), timeout %s",
        r.connectionsOpened(),
        plan.sizing().connections(),
        r.transport(),
        plan.threads(),
        plan.threads() == 1 ? "" : "s",
        seconds(plan.timeout().toNanos()));
    line("  sizing       %s", plan.sizing().reason());
    return blank();
  }

  private LoadSummary throughput() {
    line("Throughput");
    if (open) {
      line("  target       %10.1f req/s", r.targetRatePerSec());
    }
    line(
        "  achieved     %10.1f req/s   (%d responses in %.2f s)",
        r.achievedRatePerSec(), r.responses(), r.measuredSeconds());
    line(
        "  requests     %d %s, %d sent, %d ok",
        r.requests(), open ? "due" : "sent in window", r.sent(), r.ok());
    return blank();
  }

  private LoadSummary steps() {
    if (r.stages().size() < 2) {
      return this;
    }
    line("Steps (by intended start)  target   achieved  p50 ms    p99 ms    max ms  errors");
    for (LoadResult.Stage s : r.stages()) {
      line(
          "  %24.1f %10.1f %7.3f %9.3f %9.3f %7d",
          s.targetRatePerSec(),
          s.achievedRatePerSec(),
          s.latencyMs().p50(),
          s.latencyMs().p99(),
          s.latencyMs().max(),
          s.errors());
    }
    return blank();
  }

  private LoadSummary latency() {
    line("Latency (ms)          p50       p90       p99     p99.9    p99.99       max");
    row(open ? "  from intended start" : "  from send (closed)", r.latencyMs());
    row("  service time", r.serviceTimeMs());
    if (open) {
      row("  schedule lag", r.scheduleLagMs());
    }
    row("  connection wait", r.connectionWaitMs());
    if (open) {
      line("  Latency counts from when each request was due, so server stalls show in full;");
      line("  service time counts from the actual send, as most tools report it.");
    } else {
      line("  Closed model: latencies are subject to coordinated omission; use the open model");
      line("  (--rate) to see what users arriving on their own schedule would wait.");
    }
    return blank();
  }

  private LoadSummary behind() {
    line("Falling behind");
    line(
        "  max backlog  %d waiting for a connection at once; dropped %d (max in-flight %d);"
            + " unsent at end %d",
        r.maxBacklog(), r.dropped(), r.plan().sizing().maxInFlight(), r.unsentAtEnd());
    return blank();
  }

  private LoadSummary errorsAndCpu() {
    LoadResult.Errors e = r.errors();
    line(
        "Errors         %s",
        e.total() == 0
            ? "none"
            : String.format(
                Locale.ROOT,
                "%d: connect %d, read %d, timeout %d, status %d, body %d",
                e.total(),
                e.connect(),
                e.read(),
                e.timeout(),
                e.status(),
                e.body()));
    LoadResult.GeneratorCpu cpu = r.cpu();
    line(
        "Generator CPU  %.2f cores = %.0f%% of its %d-core budget%s",
        cpu.coresUsed(),
        cpu.percentOfBudget(),
        cpu.budgetCores(),
        cpu.mayBeBottleneck() ? " (too busy)" : " (fine)");
    return this;
  }

  private LoadSummary warnings() {
    if (!r.warnings().isEmpty()) {
      blank();
      line("Warnings");
      r.warnings().forEach(w -> line("  ! %s", w));
    }
    return this;
  }

  private void row(String label, LoadResult.Percentiles p) {
    line(
        "%-21s%9.3f %9.3f %9.3f %9.3f %9.3f %9.3f",
        label, p.p50(), p.p90(), p.p99(), p.p999(), p.p9999(), p.max());
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private LoadSummary blank() {
    out.append('\n');
    return this;
  }

  private static String seconds(long nanos) {
    double s = nanos / 1e9;
    return s == Math.rint(s) ? (long) s + "s" : String.format(Locale.ROOT, "%.3fs", s);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
