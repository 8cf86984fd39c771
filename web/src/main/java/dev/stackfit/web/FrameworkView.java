package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.formats.report.HealthRows;
import dev.stackfit.formats.report.HistoryRows;
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
  /** One line of the facts table. */
  record FactRow(
      String label,
      String value,
      Optional<Source> source,
      String asOf,
      boolean verified,
      String note) {}

  List<FactRow> facts() {
    Framework f = framework;
    List<FactRow> rows = new ArrayList<>();
    rows.add(
        row(
            "Languages",
            f.languages(),
            v -> v.stream().map(Language::id).collect(Collectors.joining(", "))));
    rows.add(row("Runtime", f.runtime(), Identified::id));
    rows.add(row("License", f.license(), v -> v));
    rows.add(row("First release", f.firstRelease(), String::valueOf));
    rows.add(
        row("Current version", f.version(), v -> v.latest() + (v.preOne() ? " (pre-1.0)" : "")));
    rows.add(
        row("Request handling", f.requestModel(), v -> v.id() + " — " + v.description() + also()));
    rows.add(row("Structure", f.structure(), Identified::id));
    rows.add(row("Philosophy", f.philosophy(), Identified::id));
    rows.add(row("Learning curve", f.learningCurve(), Identified::id));
    rows.add(row("Governance", f.governance(), Identified::id));
    f.supportPolicy().ifPresent(p -> rows.add(row("Support policy", p, v -> v)));
    f.footprint()
        .ifPresent(
            p ->
                rows.add(
                    row(
                        "Footprint",
                        p,
                        v -> v.idleMemoryMb() + " MiB idle, " + v.startupMs() + " ms start-up")));
    f.performance()
        .ifPresent(
            p ->
                rows.add(
                    row(
                        "TechEmpower (lab)",
                        p,
                        v ->
                            String.format(
                                Locale.ROOT,
                                "%,.0f JSON rps, %,.0f Fortunes rps on %d threads",
                                v.jsonRps(),
                                v.fortunesRps(),
                                v.hardwareThreads()))));
    rows.add(row("Best for", f.bestFor(), v -> String.join("; ", v)));
    return rows;
  }

  private String also() {
    return framework.alsoSupports().isEmpty()
        ? ""
        : "; also "
            + framework.alsoSupports().stream()
                .map(Identified::id)
                .collect(Collectors.joining(", "));
  }

  List<FactRow> features() {
    List<FactRow> rows = new ArrayList<>();
    for (Map.Entry<Feature, Fact<FeatureSupport>> e : framework.features().entrySet()) {
      rows.add(
          row(
              e.getKey().id(),
              e.getValue(),
              v -> v.level().id() + (v.provider().isEmpty() ? "" : " — " + v.provider())));
    }
    return rows;
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
    return framework.history().map(RepositoryHistory::note).orElse("");
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

  static String date(LocalDate day) {
    return day == null ? "—" : day.toString();
  }

  List<Source> sources() {
    return List.copyOf(framework.sources().values());
  }

  private <T> FactRow row(String label, Fact<T> fact, Function<T, String> text) {
    return new FactRow(
        label,
        text.apply(fact.value()),
        Optional.ofNullable(framework.sources().get(fact.source())),
        fact.asOf().toString(),
        fact.verified(),
        fact.note());
  }
}
