package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Targets;
import java.util.List;
import java.util.Locale;

/** Turns a candidate's measurement into the one sentence a decision can quote. */
final class Verdicts {
  private Verdicts() {}

  static String of(Measurement m, Targets targets) {
    if (m.failure() != null) {
      String first = m.failure().lines().findFirst().orElse(m.failure());
      return m.startupMs() < 0 ? "did not start: " + first : "failed: " + first;
    }
    String target = targetName(targets);
    double sustained = m.maxSustainableRps();
    List<StepResult> steps = m.steps();
    if (sustained >= targets.rps()) {
      double margin = sustained / targets.rps();
      boolean topped = !steps.isEmpty() && steps.get(steps.size() - 1).sustained();
      return String.format(
          Locale.ROOT,
          "carries %s with %s%.1fx margin%s",
          target,
          topped ? "at least " : "",
          Math.floor(margin * 10) / 10,
          topped ? " (every step held)" : "");
    }
    StepResult broke = steps.stream().filter(s -> !s.sustained()).findFirst().orElse(null);
    if (broke == null) {
      return "not measured up to " + target;
    }
    String what = broke.shortfall().startsWith("p99") ? "misses the p99 target" : "falls short";
    String detail = broke.shortfall().startsWith("p99") ? "" : " (" + broke.shortfall() + ")";
    return sustained > 0
        ? what + " above " + Format.rate(sustained) + " rps" + detail + ", below " + target
        : what + " even at " + Format.rate(broke.targetRps()) + " rps" + detail;
  }

  static String targetName(Targets targets) {
    return (targets.basis().startsWith("profile") ? "the 3-year target (" : "the target (")
        + Format.rate(targets.rps())
        + " rps at p99 "
        + Format.ms(targets.p99LatencyMs())
        + " ms)";
  }
}
