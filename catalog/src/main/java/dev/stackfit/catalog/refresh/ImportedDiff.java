package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.catalog.ImportedRuntime;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.TaggedRelease;
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
    return lines(framework, before.map(ImportedDiff::flatten).orElse(Map.of()), flatten(after));
  }

  /** What a refresh changes for one runtime's lines. */
  static List<String> lines(
      Runtime runtime, Optional<ImportedRuntime> before, ImportedRuntime after) {
    return lines(
        "runtime " + runtime.id(),
        before.map(b -> releases(b.releases().value())).orElse(Map.of()),
        releases(after.releases().value()));
  }

  private static List<String> lines(
      String label, Map<String, String> old, Map<String, String> now) {
    List<String> lines = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(old.keySet());
    keys.addAll(now.keySet());
    for (String key : keys) {
      String a = old.get(key);
      String b = now.get(key);
      if (a == null) {
        lines.add(label + ": + " + key + " " + b);
      } else if (b == null) {
        lines.add(label + ": - " + key + " " + a);
      } else if (!a.equals(b)) {
        lines.add(label + ": ~ " + key + " " + a + " -> " + b);
      }
    }
    return lines;
  }

  /** Figures by a stable key; as-of dates are left out so that re-dating alone is no change. */
  static Map<String, String> flatten(ImportedFacts facts) {
    Map<String, String> flat = new LinkedHashMap<>();
    facts.releases().ifPresent(r -> flat.putAll(releases(r.value())));
    facts.health().ifPresent(h -> health(flat, h));
    facts.history().ifPresent(h -> history(flat, h));
    return flat;
  }

  private static Map<String, String> releases(List<Release> lines) {
    Map<String, String> flat = new LinkedHashMap<>();
    lines.forEach(line -> flat.put("releases " + line.line(), describe(line)));
    return flat;
  }

  private static void history(Map<String, String> flat, RepositoryHistory h) {
    flat.put("history.commit", h.commit().substring(0, 12) + " (" + h.asOf() + ")");
    h.firstReleaseDate().ifPresent(d -> flat.put("history.firstRelease", d.toString()));
    for (ActivityWindow w : h.activity()) {
      flat.put("history.activity " + w.asOf(), describe(w));
    }
    for (TaggedRelease r : h.releases()) {
      flat.put(
          "history.release " + r.version(),
          "(" + r.date() + (r.preRelease() ? ", pre-release" : "") + ")");
    }
  }

  private static String describe(ActivityWindow w) {
    return "("
        + w.commits()
        + " commits by "
        + w.authors()
        + " people, "
        + w.botCommits()
        + " by bots, absence factor "
        + (w.contributorAbsenceFactor() == null ? "-" : w.contributorAbsenceFactor())
        + ", "
        + w.releases()
        + " releases and "
        + w.preReleases()
        + " pre-releases"
        + (w.lastRelease() == null ? "" : ", last " + w.lastRelease() + " " + w.lastReleaseDate())
        + ")";
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
