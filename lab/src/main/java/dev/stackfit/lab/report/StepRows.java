package dev.stackfit.lab.report;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Rows every report format shares below the summary: repetitions, and each step's notes. */
final class StepRows {
  private StepRows() {}

  /** The header and one row per repetition of a candidate, for the repetitions table. */
  static List<List<String>> repetitionRows(CandidateResult c, double targetRps) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "repetition",
            "start-up ms",
            "held (rps)",
            "the step that ended it",
            "p99 at target ms",
            "CPU s per 1,000 at target",
            "machine-bound steps"));
    int planned = c.repetitions().size() - c.agreement().extraRepetitions();
    for (int i = 0; i < c.repetitions().size(); i++) {
      Measurement m = c.repetitions().get(i);
      int number = i + 1;
      var target = m.stepAt(targetRps);
      rows.add(
          List.of(
              number
                  + (c.agreement().outliers().contains(number) ? " (outlier)" : "")
                  + (number > planned ? " (extra)" : ""),
              m.startupSamplesMs().stream()
                  .map(v -> Format.rate(Math.round(v)))
                  .collect(Collectors.joining(", ")),
              m.failure() != null ? "failed" : Format.rate(m.maxSustainableRps()),
              m.limitingStep()
                  .map(
                      s ->
                          Format.rate(s.targetRps())
                              + " rps, "
                              + (s.isMachineBound() ? "machine-bound" : "missed"))
                  .orElse(m.failure() != null ? "-" : "every step held"),
              target.map(s -> Format.ms(s.p99Ms())).orElse("-"),
              target.map(s -> Format.cost(s.cpuPer1000Requests())).orElse("-"),
              m.steps().stream().filter(StepResult::isMachineBound).count()
                  + " of "
                  + m.steps().size()));
    }
    return rows;
  }

  /** The step's note: why it was missed, and whether the machine bound it. */
  static String stepNote(StepResult s) {
    String note = s.sustained() ? "ok" : "missed: " + s.shortfall();
    return s.isMachineBound()
        ? note + "; MACHINE-BOUND: " + String.join("; ", s.machineBound())
        : note;
  }

  /** Idle and steal during a step, or "-" when the machine was not watched. */
  static String stepMachine(StepResult s) {
    var c = s.conditions();
    if (!c.cpu().known()) {
      return "-";
    }
    return "idle "
        + Format.percent(c.cpu().available())
        + ", steal "
        + Format.percent(c.cpu().steal())
        + ", lag "
        + Format.ms(c.generatorLagP99Ms())
        + " ms";
  }
}
