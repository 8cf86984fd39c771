package dev.stackfit.lab.report;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.Preparation;
import dev.stackfit.lab.run.Spread;
import dev.stackfit.lab.run.StepResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The side-by-side rows and the texts every report format shares. */
final class Summary {
  static final String READING =
      "How to read this: each step sends requests on a fixed schedule (open model) and latency"
          + " counts from when each request was due, so a server that falls behind shows it."
          + " A step is sustained when its p99 stays under the target, errors stay under the limit"
          + " and at least 95% of the rate is answered; the maximum sustainable rate is the last"
          + " step of the unbroken run of sustained steps. CPU and memory cover the candidate's"
          + " whole process tree (from /proc); RSS adds up each process, so shared pages count"
          + " more than once. On a small machine the load generator shares the CPU with the"
          + " candidate: compare candidates with each other, not with figures from elsewhere."
          + " A step is machine-bound when the machine had almost no idle CPU left, the"
          + " hypervisor stole a noticeable share, or the load generator fell behind its own"
          + " schedule: its figure is a lower bound for the framework, and the verdict says so."
          + " Preparation (installing, building) is timed apart and never counted as start-up;"
          + " start-up is the median of several starts. CPU seconds per 1,000 answered requests"
          + " is the cost figure that travels best between machines.";

  private Summary() {}

  /** One row of the side-by-side table. */
  record Row(String label, Function<CandidateResult, String> value) {}

  static List<Row> rows() {
    return List.of(
        new Row("framework", c -> c.candidate().framework()),
        new Row("preparation", Summary::preparation),
        new Row("start-up (first healthy answer)", Summary::startup),
        new Row("idle RSS", c -> mib(c.representative().idleRssMb())),
        new Row("peak RSS under load", c -> mib(c.representative().peakRssMb())),
        new Row(
            "CPU over all steps",
            c -> String.format(Locale.ROOT, "%.2f s", c.representative().cpuSeconds())),
        new Row("CPU per 1,000 requests at target", Summary::cost),
        new Row("max sustainable rate", Summary::sustained),
        new Row(
            "p50 / p99 at target",
            c ->
                c.target()
                    .map(s -> Format.ms(s.p50Ms()) + " / " + Format.ms(s.p99Ms()) + " ms")
                    .orElse("not reached")),
        new Row(
            "errors at target",
            c ->
                c.target()
                    .map(s -> Format.rate(s.errors()) + " of " + Format.rate(s.requests()))
                    .orElse("-")),
        new Row("machine-bound steps", Summary::machineBound),
        new Row("figures", Summary::quality),
        new Row("stop", c -> stop(c.representative())),
        new Row("verdict", CandidateResult::verdict));
  }

  static String header(LabResult r) {
    var lab = r.lab();
    return String.format(
        Locale.ROOT,
        "Run %s on %s. Target: %s rps at p99 %s ms (from %s). Steps: %s rps, %s s each after a"
            + " %s s warm-up; %d repetition(s). Scenario: %s.",
        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                r.started().atZone(ZoneOffset.UTC).withNano(0).toLocalDateTime())
            + " UTC",
        r.machine().description(),
        Format.rate(lab.targets().rps()),
        Format.ms(lab.targets().p99LatencyMs()),
        lab.targets().basis(),
        lab.load().ratesPerSec(lab.targets().rps()).stream()
            .map(Format::rate)
            .collect(Collectors.joining(", ")),
        Format.number(lab.load().stepDuration().toMillis() / 1000.0),
        Format.number(lab.load().warmup().toMillis() / 1000.0),
        lab.repetitions(),
        lab.scenario().stream()
            .map(s -> s.label() + " x" + s.weight())
            .collect(Collectors.joining(", ")));
  }

  private static String preparation(CandidateResult c) {
    Preparation p = c.preparation();
    if (!p.ran()) {
      return "none";
    }
    return p.failure() != null ? "failed" : String.format(Locale.ROOT, "%.1f s", p.seconds());
  }

  private static String startup(CandidateResult c) {
    Spread s = Spread.of(c.startupSamplesMs());
    if (s.isEmpty()) {
      return "did not start";
    }
    String median = Format.rate(Math.round(s.median())) + " ms";
    return s.count() == 1
        ? median
        : median
            + " (median of "
            + s.count()
            + ": "
            + Format.rate(Math.round(s.min()))
            + " to "
            + Format.rate(Math.round(s.max()))
            + ")";
  }

  private static String cost(CandidateResult c) {
    return c.target().map(t -> spreadText(c.cpuPer1000At(t.targetRps()))).orElse("-");
  }

  /** "0.55 s" or "0.55 s (0.49 to 0.61)" over repetitions. */
  static String spreadText(Spread s) {
    if (s.isEmpty()) {
      return "-";
    }
    String median = Format.cost(s.median());
    return s.count() == 1
        ? median
        : median + " (" + Format.cost(s.min()) + " to " + Format.cost(s.max()) + ")";
  }

  private static String machineBound(CandidateResult c) {
    long all = c.repetitions().stream().mapToLong(m -> m.steps().size()).sum();
    long bound =
        c.repetitions().stream()
            .flatMap(m -> m.steps().stream())
            .filter(StepResult::isMachineBound)
            .count();
    return bound + " of " + all;
  }

  private static String quality(CandidateResult c) {
    return c.quality().id();
  }

  private static String mib(double mb) {
    return String.format(Locale.ROOT, "%.1f MiB", mb);
  }

  private static String sustained(CandidateResult c) {
    String value = Format.rate(c.maxSustainableRps()) + " rps";
    if (c.sustainedPerRepetition().size() > 1) {
      value +=
          " (runs: "
              + c.sustainedPerRepetition().stream()
                  .map(Format::rate)
                  .collect(Collectors.joining(", "))
              + ")";
    }
    return value;
  }

  private static String stop(Measurement m) {
    if (m.failure() != null && m.failure().contains("survived")) {
      return "processes left behind";
    }
    return (m.forcedStop() ? "needed SIGKILL" : "clean")
        + (m.portFreed() ? ", port freed" : ", port still open");
  }
}
