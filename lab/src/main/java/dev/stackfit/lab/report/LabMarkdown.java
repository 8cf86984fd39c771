package dev.stackfit.lab.report;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.StepResult;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link LabResult} as Markdown: the side-by-side table, verdicts, the machine, then
 * every candidate's repetitions and steps.
 */
public final class LabMarkdown {
  private LabMarkdown() {}

  public static String render(LabResult r) {
    StringBuilder md = new StringBuilder();
    md.append("# PoC lab: ").append(r.lab().name()).append("\n\n");
    md.append(Summary.header(r)).append("\n\n");
    md.append(MachineSummary.machine(r)).append("\n\n");
    md.append("| | ");
    r.candidates().forEach(c -> md.append(cell(c.candidate().name())).append(" | "));
    md.append("\n|---|");
    r.candidates().forEach(c -> md.append("---:|"));
    md.append('\n');
    for (Summary.Row row : Summary.rows()) {
      md.append("| ").append(row.label()).append(" | ");
      r.candidates().forEach(c -> md.append(cell(row.value().apply(c))).append(" | "));
      md.append('\n');
    }
    md.append("\n## Verdicts\n\n");
    for (CandidateResult c : r.candidates()) {
      md.append("- **")
          .append(c.candidate().name())
          .append("** (")
          .append(c.candidate().framework())
          .append("): ")
          .append(c.verdict())
          .append('\n');
    }
    for (CandidateResult c : r.candidates()) {
      md.append("\n## ").append(c.candidate().name()).append(": steps\n\n");
      if (c.preparation().versions() != null) {
        md.append("Versions: ").append(c.preparation().versions()).append("\n\n");
      }
      if (c.repetitions().size() > 1) {
        table(md, StepRows.repetitionRows(c, r.lab().targets().rps()));
        md.append('\n');
      }
      steps(md, c.representative());
    }
    md.append('\n').append(Summary.READING).append('\n');
    return md.toString();
  }

  /** Keeps a value inside its table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static void table(StringBuilder md, List<List<String>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      md.append("| ");
      rows.get(i).forEach(v -> md.append(cell(v)).append(" | "));
      md.append('\n');
      if (i == 0) {
        md.append("|").append("---|".repeat(rows.get(0).size())).append('\n');
      }
    }
  }

  private static void steps(StringBuilder md, Measurement m) {
    if (m.steps().isEmpty()) {
      md.append("No steps ran").append(m.failure() == null ? "." : ": " + m.failure()).append('\n');
      return;
    }
    md.append(
        "| rate (rps) | achieved | p50 ms | p99 ms | max ms | errors | CPU s | RSS MiB | |"
            + " CPU s per 1,000 | machine |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|\n");
    for (StepResult s : m.steps()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %d | %.2f | %.1f | %s | %s | %s |%n",
              Format.rate(s.targetRps()),
              Format.rate(Math.round(s.achievedRps() * 10) / 10.0),
              Format.ms(s.p50Ms()),
              Format.ms(s.p99Ms()),
              Format.ms(s.maxMs()),
              s.errors(),
              s.cpuSeconds(),
              s.peakRssMb(),
              cell(StepRows.stepNote(s)),
              Format.cost(s.cpuPer1000Requests()),
              StepRows.stepMachine(s)));
    }
    if (m.failure() != null) {
      md.append("\nFailure: ").append(m.failure().lines().findFirst().orElse("")).append('\n');
    }
  }
}
