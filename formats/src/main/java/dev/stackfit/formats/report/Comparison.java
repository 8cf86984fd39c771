package dev.stackfit.formats.report;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Structure;
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
            .map(f -> withNote(f.learningCurve().value().id(), f.learningCurve().note()))
            .toList());
    rows.put(
        "Best for", frameworks.stream().map(f -> String.join(", ", f.bestFor().value())).toList());
    rows.put(
        "Latest",
        frameworks.stream()
            .map(f -> f.version().value().latest() + " (" + f.version().value().latestDate() + ")")
            .toList());
    rows.put("Activity (git)", frameworks.stream().map(Comparison::activity).toList());
    rows.put("Release history", frameworks.stream().map(Comparison::releaseHistory).toList());
    return rows;
  }

  /** The newest git window in a cell, dated; or why there is none. */
  private static String activity(Framework f) {
    return f.history()
        .flatMap(h -> h.activityAsOf(h.asOf()))
        .map(
            w ->
                String.format(
                    java.util.Locale.ROOT,
                    "%,d commits by %s in the 12 months to %s; absence factor %s; last"
                        + " release %s",
                    w.commits(),
                    HistoryRows.people(w.authors()),
                    w.asOf(),
                    w.contributorAbsenceFactor() == null ? "-" : w.contributorAbsenceFactor(),
                    HistoryRows.lastRelease(w)))
        .orElseGet(
            () ->
                "no git figures"
                    + f.git().unavailable().map(r -> " (see catalog show)").orElse(""));
  }

  private static String releaseHistory(Framework f) {
    return f.history().map(HistoryRows::releases).orElse("-");
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
    return withNote(
        f.structure().value() == Structure.CONVENTION ? "convention-heavy" : "minimal, flexible",
        f.structure().note());
  }

  private static String ecosystem(Framework f) {
    return withNote(
        f.philosophy().value() == Philosophy.BATTERIES ? "batteries included" : "modular",
        f.philosophy().note());
  }

  /**
   * The cell's value with what its note adds, never the same words twice: "minimal, flexible" for a
   * note "guide: minimal, flexible", "modular (npm)" for "guide: modular (npm)".
   */
  static String withNote(String value, String note) {
    String said = note.startsWith("guide: ") ? note.substring("guide: ".length()) : note;
    if (said.isBlank() || words(said).equals(words(value))) {
      return value;
    }
    if (words(said).startsWith(words(value) + " ")) {
      return value + said.substring(value.length());
    }
    return value + " (" + note + ")";
  }

  /** Lower case, hyphens as spaces: "Batteries-included" and "batteries included" match. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
  }

  /** The table as text within 100 columns, four frameworks per block, then the support timeline. */
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
    return out.toString() + SupportTimeline.text(frameworks);
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

  /** The table as Markdown, followed by the support timeline as a code block. */
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
    return out.append("\n```\n")
        .append(SupportTimeline.text(frameworks))
        .append("```\n")
        .toString();
  }
}
