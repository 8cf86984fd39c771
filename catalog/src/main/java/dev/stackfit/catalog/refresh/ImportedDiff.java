package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** What a refresh changes for one framework, one readable line per changed figure. */
final class ImportedDiff {
  private ImportedDiff() {}

  static List<String> lines(String framework, Optional<ImportedFacts> before, ImportedFacts after) {
    Map<String, String> old = before.map(ImportedDiff::flatten).orElse(Map.of());
    Map<String, String> now = flatten(after);
    List<String> lines = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      String a = old.get(key);
      String b = now.get(key);
      if (a == null) {
        lines.add(framework + ": + " + key + " " + b);
      } else if (b == null) {
        lines.add(framework + ": - " + key + " " + a);
      } else if (!a.equals(b)) {
        lines.add(framework + ": ~ " + key + " " + a + " -> " + b);
      }
    }
    return lines;
  }

  /** Figures by a stable key; as-of dates are left out so that re-dating alone is no change. */
  static Map<String, String> flatten(ImportedFacts facts) {
    Map<String, String> flat = new LinkedHashMap<>();
    facts
        .releases()
        .ifPresent(
            r -> r.value().forEach(line -> flat.put("releases " + line.line(), describe(line))));
    facts.health().ifPresent(h -> health(flat, h));
    return flat;
  }

  private static String describe(Release r) {
    return "(released "
        + r.released()
        + (r.activeSupportEnd() == null ? "" : ", active support to " + r.activeSupportEnd())
        + (r.eol() == null ? ", no end of life announced" : ", end of life " + r.eol())
        + (r.lts() ? ", LTS" : "")
        + ")";
  }

  private static void health(Map<String, String> flat, Health h) {
    put(flat, "health.stars", h.stars());
    put(flat, "health.contributors", h.contributors());
    put(flat, "health.releasesPerYear", h.releasesPerYear());
    put(flat, "health.medianFirstResponseDays", h.medianFirstResponseDays());
    put(flat, "health.changeRequestClosureRatio", h.changeRequestClosureRatio());
    put(flat, "health.contributorAbsenceFactor", h.contributorAbsenceFactor());
    put(flat, "health.scorecard", h.scorecard());
    flat.put("health.archived", String.valueOf(h.archived()));
  }

  private static void put(Map<String, String> flat, String key, Number value) {
    if (value != null) {
      flat.put(key, ImportedYaml.number(value));
    }
  }
}
