package dev.stackfit.web;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.formats.report.HealthRows;
import dev.stackfit.formats.report.HistoryRows;
import dev.stackfit.formats.report.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One framework's page: every fact with its source, as-of date and whether it was verified. */
record FrameworkView(Framework framework) {
  /** What a fact row says when the catalog has no such fact. */
  static final String NOT_RECORDED = "not recorded";

  /**
   * One line of the facts table.
   *
   * @param value the fact in words, or {@link #NOT_RECORDED}
   * @param note what a reader should know besides, without maintainers' research remarks
   * @param asOf the fact's date, or "" when not recorded
   */
  record FactRow(
      String label,
      List<ReaderText.Piece> value,
      Optional<Source> source,
      String asOf,
      boolean verified,
      List<ReaderText.Piece> note) {
    boolean recorded() {
      return !asOf.isEmpty();
    }
  }

  List<FactRow> facts() {
    Framework f = framework;
    List<FactRow> rows = new ArrayList<>();
    rows.add(
        row(
            "Languages",
            f.languages(),
            v -> v.stream().map(Labels::of).collect(Collectors.joining(", "))));
    rows.add(row("Runtime", f.runtime(), Labels::of));
    rows.add(row("License", f.license(), v -> v));
    rows.add(row("First release", f.firstRelease(), String::valueOf));
    rows.add(
        row("Current version", f.version(), v -> v.latest() + (v.preOne() ? " (pre-1.0)" : "")));
    rows.add(
        row(
            "Request handling",
            f.modelAndOptions(),
            v ->
                Labels.of(v.get(0))
                    + ": "
                    + v.get(0).description()
                    + (v.size() == 1
                        ? ""
                        : "; also "
                            + v.subList(1, v.size()).stream()
                                .map(RequestModel::description)
                                .collect(Collectors.joining(", ")))));
    rows.add(row("Structure", f.structure(), Labels::of));
    rows.add(row("Philosophy", f.philosophy(), Labels::of));
    rows.add(row("Learning curve", f.learningCurve(), Labels::of));
    rows.add(row("Governance", f.governance(), Labels::of));
    rows.add(optional("Support policy", f.supportPolicy(), v -> v));
    rows.add(
        optional(
            "Footprint",
            f.footprint(),
            v -> v.idleMemoryMb() + " MiB idle, " + v.startupMs() + " ms start-up"));
    rows.add(
        optional(
            "TechEmpower (lab)",
            f.performance(),
            v ->
                String.format(
                    Locale.ROOT,
                    "%,.0f JSON rps, %,.0f Fortunes rps on %d threads",
                    v.jsonRps(),
                    v.fortunesRps(),
                    v.hardwareThreads())));
    rows.add(row("Best for", f.bestFor(), v -> String.join("; ", v)));
    return rows;
  }

  List<FactRow> features() {
    List<FactRow> rows = new ArrayList<>();
    for (Map.Entry<Feature, Fact<FeatureSupport>> e : framework.features().entrySet()) {
      rows.add(row(Labels.of(e.getKey()), e.getValue(), FrameworkView::featureText));
    }
    return rows;
  }

  /** "Built in: provider"; {@link #row} adds " (since D; before: ...)" for a dated level. */
  private static String featureText(FeatureSupport v) {
    return Labels.of(v.level()) + (v.provider().isEmpty() ? "" : ": " + v.provider());
  }

  /** Release lines with support dates, newest first; empty when the catalog has none. */
  List<Release> releases() {
    return framework.releases().map(Fact::value).orElse(List.of());
  }

  /** Community-health figures as label and value pairs; empty when not imported. */
  List<Map.Entry<String, String>> health() {
    return framework.health().map(HealthRows::of).orElse(List.of());
  }

  /** Where the health figures come from and when they were taken, or why there are none. */
  String healthSource() {
    return HealthRows.source(framework).orElse(HealthRows.NOT_RECORDED);
  }

  /** The newest git window's figures as label and value pairs; empty without git figures. */
  List<Map.Entry<String, String>> activity() {
    return framework
        .history()
        .flatMap(h -> h.activityAsOf(h.asOf()))
        .map(HistoryRows::of)
        .orElse(List.of());
  }

  /** Which repository and commit the git figures come from, or why there are none. */
  String historySource() {
    return framework
        .history()
        .map(h -> HistoryRows.snapshot(framework, h))
        .orElse(HistoryRows.missing(framework));
  }

  /** What a reader should know about the git snapshot; empty when nothing. */
  String historyNote() {
    return ReaderText.note(framework.history().map(RepositoryHistory::note).orElse(""));
  }

  /** The 12-month windows, newest first. */
  List<ActivityWindow> windows() {
    List<ActivityWindow> windows =
        new ArrayList<>(framework.history().map(RepositoryHistory::activity).orElse(List.of()));
    Collections.reverse(windows);
    return windows;
  }

  /** The tagged release history in a sentence; empty without git figures. */
  String releaseHistory() {
    return framework.history().map(HistoryRows::releases).orElse("");
  }

  /** A release line's date, or that none was announced. */
  static String date(LocalDate day) {
    return day == null ? "not announced" : day.toString();
  }

  /** The learning notes, code marked as code. */
  List<ReaderText.Piece> learningNotes() {
    return ReaderText.pieces(framework.learningNotes());
  }

  List<Source> sources() {
    return List.copyOf(framework.sources().values());
  }

  private <T> FactRow row(String label, Fact<T> fact, Function<T, String> text) {
    return new FactRow(
        label,
        ReaderText.pieces(withHistory(fact, text)),
        Optional.ofNullable(framework.sources().get(fact.source())),
        fact.asOf().toString(),
        fact.verified(),
        ReaderText.pieces(ReaderText.note(fact.note())));
  }

  /** "Foundation (since 2024-07-31; before: Company)" for a fact that changed on a known day. */
  private static <T> String withHistory(Fact<T> fact, Function<T, String> text) {
    String value = text.apply(fact.value());
    return fact.since()
        .map(
            d ->
                value
                    + " (since "
                    + d
                    + fact.before().map(b -> "; before: " + withHistory(b, text)).orElse("")
                    + ")")
        .orElse(value);
  }

  /** A row for a fact the catalog may lack: "not recorded" then. */
  private <T> FactRow optional(String label, Optional<Fact<T>> fact, Function<T, String> text) {
    return fact.map(f -> row(label, f, text))
        .orElseGet(
            () ->
                new FactRow(
                    label, ReaderText.pieces(NOT_RECORDED), Optional.empty(), "", true, List.of()));
  }
}
