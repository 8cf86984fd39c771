package dev.stackfit.formats.report;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A framework's community-health figures as labelled rows, for the terminal and the web page. */
public final class HealthRows {
  /** What to show when the catalog has no figures for a framework. */
  public static final String NOT_RECORDED =
      "not recorded yet: `stackfit catalog refresh` imports stars, contributors, release cadence,"
          + " responsiveness (CHAOSS) and the OpenSSF Scorecard from GitHub and deps.dev; it needs"
          + " network access";

  private HealthRows() {}

  /** The figures that are present, each with a label a reader understands. */
  public static List<Map.Entry<String, String>> of(Health h) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    add(rows, "Stars", h.stars());
    add(rows, "Contributors", h.contributors());
    add(rows, "Releases in the last year", h.releasesPerYear());
    add(rows, "Median days to first response", h.medianFirstResponseDays());
    add(rows, "Change requests closed vs opened (last year)", h.changeRequestClosureRatio());
    add(rows, "Fewest contributors making half the commits", h.contributorAbsenceFactor());
    add(rows, "OpenSSF Scorecard (0-10)", h.scorecard());
    if (h.archived()) {
      rows.add(Map.entry("Repository", "archived"));
    }
    return rows;
  }

  /** Where the figures come from and when they were taken; empty when there are none. */
  public static Optional<String> source(Framework framework) {
    return framework
        .health()
        .map(
            h ->
                Optional.ofNullable(framework.sources().get(h.source()))
                        .map(Source::title)
                        .orElse(h.source())
                    + ", as of "
                    + h.asOf());
  }

  private static void add(List<Map.Entry<String, String>> rows, String label, Number value) {
    if (value == null) {
      return;
    }
    String text =
        value instanceof Double d && d != Math.rint(d)
            ? String.format(Locale.ROOT, "%.2f", d)
            : String.format(Locale.ROOT, "%,d", value.longValue());
    rows.add(Map.entry(label, text));
  }
}
