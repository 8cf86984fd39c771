package dev.stackfit.formats.report;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Structure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guide's comparison table for any set of frameworks: request handling, structure, ecosystem,
 * learning curve, best for.
 */
public final class Comparison {
  private static final int LABEL = 18;
  private static final int PER_BLOCK = 4;

  private Comparison() {}

  /** Row label to one cell per framework, in the guide's row order. */
  public static Map<String, List<String>> rows(List<Framework> frameworks) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    rows.put(
        "Language",
        frameworks.stream()
            .map(f -> f.language().id() + " on " + f.runtime().value().id())
            .toList());
    rows.put("Request handling", frameworks.stream().map(Comparison::requestHandling).toList());
    rows.put("Structure", frameworks.stream().map(Comparison::structure).toList());
    rows.put("Ecosystem", frameworks.stream().map(Comparison::ecosystem).toList());
    rows.put(
        "Learning curve",
        frameworks.stream()
            .map(f -> f.learningCurve().value().id() + note(f.learningCurve().note()))
            .toList());
    rows.put(
        "Best for", frameworks.stream().map(f -> String.join(", ", f.bestFor().value())).toList());
    rows.put(
        "Latest",
        frameworks.stream()
            .map(f -> f.version().value().latest() + " (" + f.version().value().latestDate() + ")")
            .toList());
    return rows;
  }

  private static String requestHandling(Framework f) {
    String text = f.requestModel().value().description();
    if (!f.alsoSupports().isEmpty()) {
      text +=
          "; also " + String.join(", ", f.alsoSupports().stream().map(RequestModel::id).toList());
    }
    return text;
  }

  private static String structure(Framework f) {
    return (f.structure().value() == Structure.CONVENTION
            ? "convention-heavy"
            : "minimal, flexible")
        + note(f.structure().note());
  }

  private static String ecosystem(Framework f) {
    return (f.philosophy().value() == dev.stackfit.core.catalog.Philosophy.BATTERIES
            ? "batteries included"
            : "modular")
        + note(f.philosophy().note());
  }

  private static String note(String note) {
    return note.isEmpty() ? "" : " (" + note + ")";
  }

  /** The table as text within 100 columns, four frameworks per block. */
  public static String text(List<Framework> frameworks) {
    StringBuilder out = new StringBuilder();
    for (int start = 0; start < frameworks.size(); start += PER_BLOCK) {
      List<Framework> block =
          frameworks.subList(start, Math.min(frameworks.size(), start + PER_BLOCK));
      int width = (TextReport.WIDTH - LABEL) / block.size() - 2;
      StringBuilder header = new StringBuilder(pad("", LABEL));
      block.forEach(f -> header.append(pad(f.name(), width)).append("  "));
      out.append(header.toString().stripTrailing()).append('\n');
      out.append("-".repeat(Math.min(TextReport.WIDTH, LABEL + block.size() * (width + 2))))
          .append('\n');
      rows(block).forEach((label, cells) -> appendRow(out, label, cells, width));
      out.append('\n');
    }
    return out.toString() + timelineText(frameworks);
  }

  private static void appendRow(StringBuilder out, String label, List<String> cells, int width) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 0;
    for (String cell : cells) {
      List<String> lines = Wrap.lines(cell, width, "", "");
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder line = new StringBuilder(pad(i == 0 ? label : "", LABEL));
      for (List<String> lines : wrapped) {
        line.append(pad(i < lines.size() ? lines.get(i) : "", width)).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static String pad(String text, int width) {
    String clipped = text.length() > width ? text.substring(0, width) : text;
    return clipped + " ".repeat(width - clipped.length());
  }

  /** The table as Markdown. */
  public static String markdown(List<Framework> frameworks) {
    StringBuilder out = new StringBuilder("| |");
    frameworks.forEach(f -> out.append(' ').append(MarkdownReport.escape(f.name())).append(" |"));
    out.append("\n|---|");
    frameworks.forEach(f -> out.append("---|"));
    out.append('\n');
    rows(frameworks)
        .forEach(
            (label, cells) -> {
              out.append("| ").append(label).append(" |");
              cells.forEach(c -> out.append(' ').append(MarkdownReport.escape(c)).append(" |"));
              out.append('\n');
            });
    return out.toString();
  }

  // Support-horizon timeline: release lines against calendar years, for text and SVG.

  private static final int TIMELINE_LINES = 3;
  private static final int TIMELINE_YEARS = 8;
  private static final int TIMELINE_LABEL = 26;

  /** One release line to draw; {@code released} is null for a framework without release data. */
  record Span(String label, LocalDate released, LocalDate activeEnd, LocalDate eol) {}

  static List<Span> spans(List<Framework> frameworks) {
    List<Span> spans = new ArrayList<>();
    for (Framework f : frameworks) {
      List<Release> lines = f.releases().map(r -> r.value()).orElse(List.of());
      if (lines.isEmpty()) {
        spans.add(new Span(f.name() + ": no release lines", null, null, null));
      }
      lines.stream()
          .limit(TIMELINE_LINES)
          .forEach(
              r ->
                  spans.add(
                      new Span(
                          f.name() + " " + r.line() + (r.lts() ? " LTS" : ""),
                          r.released(),
                          r.activeSupportEnd(),
                          r.eol())));
    }
    return spans;
  }

  /** First and last year shown: from the oldest release to the last end of life, at most 8. */
  static int[] years(List<Span> spans) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (Span s : spans) {
      if (s.released() != null) {
        first = Math.min(first, s.released().getYear());
        LocalDate end = s.eol() != null ? s.eol() : s.released().plusYears(1);
        last = Math.max(last, end.getYear());
      }
    }
    if (first == Integer.MAX_VALUE) {
      return new int[0];
    }
    return new int[] {Math.max(first, last - TIMELINE_YEARS + 1), last};
  }

  /** '=' fixes, '-' security fixes only, '?' no end of life announced, ' ' unsupported. */
  static char phase(Span s, LocalDate at) {
    if (s.released() == null || at.isBefore(s.released())) {
      return ' ';
    }
    if (s.eol() == null) {
      return s.activeEnd() != null && !at.isBefore(s.activeEnd()) ? '-' : '?';
    }
    if (!at.isBefore(s.eol())) {
      return ' ';
    }
    return s.activeEnd() != null && !at.isBefore(s.activeEnd()) ? '-' : '=';
  }

  /** The timeline as text, six characters (two months each) per year. */
  public static String timelineText(List<Framework> frameworks) {
    List<Span> spans = spans(frameworks);
    int[] years = years(spans);
    StringBuilder out = new StringBuilder("Support horizon");
    if (years.length == 0) {
      return out.append(": no release lines in the catalog for these frameworks\n").toString();
    }
    out.append(" (= bug and security fixes, - security fixes only, ? no end of life announced)\n");
    out.append(pad("", TIMELINE_LABEL));
    for (int y = years[0]; y <= years[1]; y++) {
      out.append(pad(String.valueOf(y), 6));
    }
    out = new StringBuilder(out.toString().stripTrailing()).append('\n');
    for (Span s : spans) {
      StringBuilder row = new StringBuilder(pad(s.label(), TIMELINE_LABEL));
      for (int y = years[0]; y <= years[1]; y++) {
        for (int month = 1; month <= 12; month += 2) {
          row.append(phase(s, LocalDate.of(y, month, 1).plusMonths(1)));
        }
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The timeline as an inline SVG for the HTML report; empty when no line has dates. */
  public static String timelineSvg(List<Framework> frameworks) {
    List<Span> spans = spans(frameworks);
    int[] years = years(spans);
    if (years.length == 0) {
      return "";
    }
    int label = 190;
    int width = 680;
    int row = 18;
    int height = 22 + row * spans.size();
    LocalDate start = LocalDate.of(years[0], 1, 1);
    LocalDate end = LocalDate.of(years[1] + 1, 1, 1);
    double perDay = (width - label - 10) / (double) ChronoUnit.DAYS.between(start, end);
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"support"
                    + " horizon per release line\" xmlns=\"http://www.w3.org/2000/svg\""
                    + " font-size=\"11\">",
                width,
                height));
    for (int y = years[0]; y <= years[1]; y++) {
      double x = label + perDay * ChronoUnit.DAYS.between(start, LocalDate.of(y, 1, 1));
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                  + "<text x=\"%.1f\" y=\"11\">%d</text>",
              x,
              x,
              height,
              x + 2,
              y));
    }
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      int y = 18 + i * row;
      svg.append(
          String.format(
              Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 11, Html.escape(s.label())));
      if (s.released() != null) {
        bars(svg, s, start, end, label, perDay, y);
      }
    }
    return svg.append("</svg>").toString();
  }

  private static void bars(
      StringBuilder svg, Span s, LocalDate start, LocalDate end, int label, double perDay, int y) {
    LocalDate from = s.released().isBefore(start) ? start : s.released();
    LocalDate last = s.eol() == null ? end : s.eol().isAfter(end) ? end : s.eol();
    LocalDate activeEnd =
        s.activeEnd() == null || s.activeEnd().isAfter(last) ? last : s.activeEnd();
    String active =
        s.eol() == null && s.activeEnd() == null
            ? "none\" stroke=\"#57606a\" stroke-dasharray=\"3 2"
            : "#1f6feb";
    rect(svg, from, activeEnd, start, label, perDay, y, active);
    if (activeEnd.isBefore(last)) {
      String rest =
          s.eol() == null ? "none\" stroke=\"#57606a\" stroke-dasharray=\"3 2" : "#9ec5fe";
      rect(svg, activeEnd, last, start, label, perDay, y, rest);
    }
  }

  private static void rect(
      StringBuilder svg,
      LocalDate from,
      LocalDate to,
      LocalDate start,
      int label,
      double perDay,
      int y,
      String fill) {
    if (!to.isAfter(from)) {
      return;
    }
    double x = label + perDay * ChronoUnit.DAYS.between(start, from);
    double w = perDay * ChronoUnit.DAYS.between(from, to);
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" rx=\"2\" fill=\"%s\"/>",
            x,
            y + 2,
            w,
            fill));
  }
}
