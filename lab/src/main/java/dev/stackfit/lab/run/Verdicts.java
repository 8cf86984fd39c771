package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Targets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a candidate's measurement into the one sentence a decision can quote. */
final class Verdicts {
  private Verdicts() {}

  static String of(Measurement m, Targets targets) {
    if (m.failure() != null) {
      String first = m.failure().lines().findFirst().orElse(m.failure());
      return m.startupMs() < 0 ? "did not start: " + first : "failed: " + first;
    }
    if (m.limitMachineBound()) {
      return machineBound(m, targets);
    }
    String target = targetName(targets);
    double sustained = m.maxSustainableRps();
    List<StepResult> steps = m.steps();
    if (sustained >= targets.rps()) {
      boolean topped = !steps.isEmpty() && steps.get(steps.size() - 1).sustained();
      return String.format(
          Locale.ROOT,
          "carries %s with %s%sx margin%s",
          target,
          topped ? "at least " : "",
          margin(sustained, targets),
          topped ? " (every step held)" : "");
    }
    StepResult broke = m.limitingStep().orElse(null);
    if (broke == null) {
      return "not measured up to " + target;
    }
    String what = broke.shortfall().startsWith("p99") ? "misses the p99 target" : "falls short";
    String detail = broke.shortfall().startsWith("p99") ? "" : " (" + broke.shortfall() + ")";
    return sustained > 0
        ? what + " above " + Format.rate(sustained) + " rps" + detail + ", below " + target
        : what + " even at " + Format.rate(broke.targetRps()) + " rps" + detail;
  }

  /** The step that ended the sustained run measured the machine: say so instead of "misses". */
  private static String machineBound(Measurement m, Targets targets) {
    StepResult broke = m.limitingStep().orElseThrow();
    String why = broke.machineBound().get(0);
    String at = Format.rate(broke.targetRps()) + " rps";
    double sustained = m.maxSustainableRps();
    if (sustained >= targets.rps()) {
      return String.format(
          Locale.ROOT,
          "carries %s with at least %sx margin; the step at %s was machine-bound (%s), so the"
              + " framework's limit is higher than measured",
          targetName(targets),
          margin(sustained, targets),
          at,
          why);
    }
    if (sustained > 0) {
      return "held "
          + Format.rate(sustained)
          + " rps, a lower bound: the step at "
          + at
          + " was machine-bound ("
          + why
          + "), so this run cannot tell whether it carries "
          + targetName(targets);
    }
    return "machine-bound from the first step at "
        + at
        + " ("
        + why
        + "): this run cannot tell whether it carries "
        + targetName(targets);
  }

  /** The verdict of repetitions that disagree by more than one step even after extra ones. */
  static String uncertain(List<Double> sustained, Agreement agreement, String medianVerdict) {
    String extra =
        agreement.extraRepetitions() == 0
            ? ""
            : ", even after "
                + agreement.extraRepetitions()
                + " extra repetition"
                + (agreement.extraRepetitions() == 1 ? "" : "s");
    return "uncertain: repetitions held "
        + rates(sustained)
        + " rps, more than one step apart"
        + extra
        + "; the median one "
        + medianVerdict;
  }

  /** What a verdict adds for repetitions set aside as outliers; empty when there are none. */
  static String outliers(List<Double> sustained, Agreement agreement) {
    if (agreement.outliers().isEmpty()) {
      return "";
    }
    String which =
        agreement.outliers().stream()
            .map(n -> "repetition " + n + " (" + Format.rate(sustained.get(n - 1)) + " rps)")
            .collect(Collectors.joining(", "));
    return "; "
        + agreement.group().size()
        + " of "
        + sustained.size()
        + " repetitions agree, "
        + which
        + " set aside";
  }

  /** "320, 960 and 1,600". */
  static String rates(List<Double> values) {
    List<String> shown = values.stream().map(Format::rate).toList();
    if (shown.size() == 1) {
      return shown.get(0);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1))
        + " and "
        + shown.get(shown.size() - 1);
  }

  private static String margin(double sustained, Targets targets) {
    return String.format(Locale.ROOT, "%.1f", Math.floor(sustained / targets.rps() * 10) / 10);
  }

  static String targetName(Targets targets) {
    return (targets.basis().startsWith("profile") ? "the 3-year target (" : "the target (")
        + Format.rate(targets.rps())
        + " rps at p99 "
        + Format.ms(targets.p99LatencyMs())
        + " ms)";
  }
}
