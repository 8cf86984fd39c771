package dev.stackfit.lab.report;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import java.util.ArrayList;
import java.util.List;

/** The side-by-side comparison as plain aligned text, for the terminal. */
public final class LabText {
  private LabText() {}

  public static String render(LabResult r) {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("");
    r.candidates().forEach(c -> head.add(c.candidate().name()));
    rows.add(head);
    for (Summary.Row row : Summary.rows()) {
      if (row.label().equals("verdict")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      cells.add(row.label());
      r.candidates().forEach(c -> cells.add(row.value().apply(c)));
      rows.add(cells);
    }
    int[] widths = new int[head.size()];
    rows.forEach(
        cells -> {
          for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
          }
        });
    StringBuilder out = new StringBuilder("PoC lab: " + r.lab().name() + "\n\n");
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        line.append(
            i == 0
                ? cell + " ".repeat(widths[i] - cell.length())
                : "  " + " ".repeat(widths[i] - cell.length()) + cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append('\n').append(MachineSummary.machine(r)).append('\n');
    out.append("\nVerdicts:\n");
    for (CandidateResult c : r.candidates()) {
      out.append("  ")
          .append(c.candidate().name())
          .append(" (")
          .append(c.candidate().framework())
          .append("): ")
          .append(c.verdict())
          .append('\n');
    }
    return out.toString();
  }
}
