package dev.stackfit.lab.compare;

import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.Spread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** {@code lab compare} as aligned text for the terminal. */
public final class ComparisonText {
  private ComparisonText() {}

  public static String render(Comparison c) {
    StringBuilder out = new StringBuilder();
    out.append("Lab \"").append(c.a().name()).append("\": A = ").append(c.a().source());
    out.append(", B = ").append(c.b().source()).append("\n\n");
    List<List<String>> machine = new ArrayList<>();
    machine.add(List.of("", "A", "B"));
    machine.add(List.of("started", c.a().started(), c.b().started()));
    machine.add(List.of("stackfit commit", commit(c.a()), commit(c.b())));
    machine.add(List.of("machine", machine(c.a()), machine(c.b())));
    machine.add(row("idle CPU over the steps", c.a().machine().idle(), c.b().machine().idle()));
    machine.add(row("steal over the steps", c.a().machine().steal(), c.b().machine().steal()));
    machine.add(
        List.of(
            "load average (highest)",
            load(c.a().machine().loadAverage()),
            load(c.b().machine().loadAverage())));
    machine.add(List.of("machine-bound steps", bound(c.a()), bound(c.b())));
    table(out, machine, "");
    for (Comparison.CandidateRows rows : c.candidates()) {
      out.append('\n')
          .append(rows.a().name())
          .append(" (")
          .append(rows.a().framework())
          .append(")\n");
      List<List<String>> table = new ArrayList<>();
      table.add(List.of("", "A", "B", ""));
      for (Comparison.FigureRow f : rows.figures()) {
        DoubleFunction<String> show = formatter(f.unit());
        table.add(
            List.of(
                f.figure() + " (" + f.unit() + ")",
                spread(f.a(), show),
                spread(f.b(), show),
                f.difference().text()));
      }
      table.add(
          List.of(
              "figures",
              rows.a().quality(),
              rows.b().quality(),
              rows.qualityChanged() ? "changed" : "same"));
      table(out, table, "  ");
      out.append("  verdict A: ").append(rows.a().verdict()).append('\n');
      out.append("  verdict B: ")
          .append(rows.b().verdict())
          .append(rows.verdictChanged() ? "  (changed)" : "  (same)")
          .append('\n');
    }
    out.append('\n');
    List<String> beyond = c.beyondSpread();
    out.append(
        beyond.isEmpty()
            ? "No difference exceeds the runs' own repetition-to-repetition spread.\n"
            : "Differences beyond the runs' own spread: " + String.join(", ", beyond) + ".\n");
    long changed = c.candidates().stream().filter(Comparison.CandidateRows::verdictChanged).count();
    out.append(
        changed == 0
            ? "Every verdict is the same.\n"
            : changed
                + " verdict(s) changed; read the machine rows above before the frameworks.\n");
    if (!c.onlyInOne().isEmpty()) {
      out.append("In one run only: ").append(String.join(", ", c.onlyInOne())).append(".\n");
    }
    c.notes().forEach(n -> out.append("Note: ").append(n).append(".\n"));
    return out.toString();
  }

  private static String commit(LabRun r) {
    return r.stackfitCommit() == null
        ? "unknown"
        : r.stackfitCommit().substring(0, Math.min(12, r.stackfitCommit().length()))
            + (r.stackfitCommit().endsWith("-dirty") ? "-dirty" : "");
  }

  private static String machine(LabRun r) {
    return r.machine().cores() == 0
        ? r.machine().description()
        : r.machine().cores() + " x " + r.machine().cpuModel();
  }

  private static String bound(LabRun r) {
    return r.machine().steps() < 0
        ? "not recorded"
        : r.machine().machineBoundSteps() + " of " + r.machine().steps();
  }

  private static List<String> row(String label, Spread a, Spread b) {
    return List.of(label, shares(a), shares(b));
  }

  private static String shares(Spread s) {
    return s.isEmpty()
        ? "not recorded"
        : "median "
            + Format.percent(s.median())
            + " ("
            + Format.percent(s.min())
            + " to "
            + Format.percent(s.max())
            + ")";
  }

  private static String load(Spread s) {
    return s.isEmpty() ? "not recorded" : String.format(Locale.ROOT, "%.1f", s.max());
  }

  static DoubleFunction<String> formatter(String unit) {
    return switch (unit) {
      case "rps" -> Format::rate;
      case "ms" -> v -> v >= 100 ? Format.rate(Math.round(v)) : Format.ms(v);
      case "s" -> v -> String.format(Locale.ROOT, "%.2f", v);
      default -> v -> String.format(Locale.ROOT, "%.1f", v);
    };
  }

  static String spread(Spread s, DoubleFunction<String> show) {
    if (s.isEmpty()) {
      return "-";
    }
    return s.count() == 1
        ? show.apply(s.median())
        : show.apply(s.median()) + " (" + show.apply(s.min()) + " to " + show.apply(s.max()) + ")";
  }

  private static void table(StringBuilder out, List<List<String>> rows, String indent) {
    int[] widths = new int[rows.get(0).size()];
    rows.forEach(
        cells -> {
          for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
          }
        });
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
