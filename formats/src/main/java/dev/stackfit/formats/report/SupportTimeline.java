package dev.stackfit.formats.report;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Support horizons as a small timeline: each framework's newest release lines against calendar
 * years, as text for {@code catalog compare} and as inline SVG for the HTML report.
 */
public final class SupportTimeline {
  private SupportTimeline() {}

  private static final int LINES = 3;
  private static final int YEARS = 8;
  private static final int LABEL = 26;

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
          .limit(LINES)
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
    return new int[] {Math.max(first, last - YEARS + 1), last};
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
  public static String text(List<Framework> frameworks) {
    List<Span> spans = spans(frameworks);
    int[] years = years(spans);
    StringBuilder out = new StringBuilder("Support horizon");
    if (years.length == 0) {
      return out.append(": no release lines in the catalog for these frameworks\n").toString();
    }
    out.append(" (= bug and security fixes, - security fixes only, ? no end of life announced)\n");
    out.append(pad("", LABEL));
    for (int y = years[0]; y <= years[1]; y++) {
      out.append(pad(String.valueOf(y), 6));
    }
    out = new StringBuilder(out.toString().stripTrailing()).append('\n');
    for (Span s : spans) {
      StringBuilder row = new StringBuilder(pad(s.label(), LABEL));
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
  public static String svg(List<Framework> frameworks) {
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

  private static String pad(String text, int width) {
    String clipped = text.length() > width ? text.substring(0, width) : text;
    return clipped + " ".repeat(width - clipped.length());
  }
}
