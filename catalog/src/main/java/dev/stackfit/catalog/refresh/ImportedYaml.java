package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.catalog.ImportedRuntime;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes imported figures as catalog/data/imported/ID.yaml (docs/catalog-refresh.md), byte for byte
 * the same for the same figures, citing only the sources it uses.
 */
final class ImportedYaml {
  private ImportedYaml() {}

  static String write(ImportedFacts facts) {
    Set<String> cited = cited(facts);
    StringBuilder out = new StringBuilder();
    out.append("# Written by `stackfit catalog refresh`; hand-curated facts live in")
        .append(" frameworks/")
        .append(facts.framework())
        .append(".yaml.\n");
    out.append("framework: ").append(facts.framework()).append("\n\nsources:\n");
    cited.forEach(id -> source(out, facts.sources().get(id)));
    facts.releases().ifPresent(r -> releases(out, r));
    facts.health().ifPresent(h -> health(out, h, cited));
    facts.history().ifPresent(h -> HistoryYaml.write(out, h));
    return out.toString();
  }

  /** An imported runtime file (imported/runtimes/ID.yaml). */
  static String write(ImportedRuntime runtime) {
    StringBuilder out = new StringBuilder();
    out.append("# Written by `stackfit catalog refresh`; hand-curated facts live in")
        .append(" runtimes/")
        .append(runtime.runtime().id())
        .append(".yaml.\n");
    out.append("runtime: ").append(runtime.runtime().id()).append("\n\nsources:\n");
    source(out, runtime.sources().get(runtime.releases().source()));
    releases(out, runtime.releases());
    return out.toString();
  }

  private static void source(StringBuilder out, Source s) {
    out.append("  - id: ").append(s.id()).append('\n');
    out.append("    title: ").append(quote(s.title())).append('\n');
    if (s.hasUrl()) {
      out.append("    url: ").append(quote(s.url())).append('\n');
    }
    out.append("    accessed: ").append(s.accessed()).append('\n');
  }

  private static void releases(StringBuilder out, Fact<List<Release>> r) {
    out.append("\nreleases:\n  source: ").append(r.source());
    out.append("\n  asOf: ").append(r.asOf());
    if (!r.note().isEmpty()) {
      out.append("\n  note: ").append(quote(r.note()));
    }
    out.append("\n  lines:");
    if (r.value().isEmpty()) {
      out.append(" []");
    }
    out.append('\n');
    r.value().forEach(line -> out.append("    - ").append(line(line)).append('\n'));
  }

  private static void health(StringBuilder out, Health h, Set<String> cited) {
    out.append("\nhealth:\n  source: ").append(h.source()).append('\n');
    if (h.scorecard() != null
        && cited.contains(RefreshSource.DEPSDEV.sourceId())
        && !h.source().equals(RefreshSource.DEPSDEV.sourceId())) {
      out.append("  scorecardSource: ").append(RefreshSource.DEPSDEV.sourceId()).append('\n');
    }
    out.append("  asOf: ").append(h.asOf()).append('\n');
    field(out, "stars", h.stars());
    field(out, "contributors", h.contributors());
    field(out, "releasesPerYear", h.releasesPerYear());
    field(out, "medianFirstResponseDays", h.medianFirstResponseDays());
    field(out, "changeRequestClosureRatio", h.changeRequestClosureRatio());
    field(out, "contributorAbsenceFactor", h.contributorAbsenceFactor());
    field(out, "scorecard", h.scorecard());
    out.append("  archived: ").append(h.archived()).append('\n');
  }

  /** The sources the figures cite, in a fixed order. */
  static Set<String> cited(ImportedFacts facts) {
    Set<String> cited = new LinkedHashSet<>();
    facts.releases().ifPresent(r -> cited.add(r.source()));
    facts.history().ifPresent(h -> cited.add(h.source()));
    facts
        .health()
        .ifPresent(
            h -> {
              cited.add(h.source());
              if (h.scorecard() != null
                  && facts.sources().containsKey(RefreshSource.DEPSDEV.sourceId())) {
                cited.add(RefreshSource.DEPSDEV.sourceId());
              }
            });
    cited.retainAll(facts.sources().keySet());
    return cited;
  }

  static String line(Release r) {
    StringBuilder s = new StringBuilder("{ line: ").append(quote(r.line()));
    s.append(", released: ").append(r.released());
    if (r.activeSupportEnd() != null) {
      s.append(", activeSupportEnd: ").append(r.activeSupportEnd());
    }
    if (r.eol() != null) {
      s.append(", eol: ").append(r.eol());
    }
    return s.append(", lts: ").append(r.lts()).append(" }").toString();
  }

  private static void field(StringBuilder out, String key, Number value) {
    if (value != null) {
      out.append("  ").append(key).append(": ").append(number(value)).append('\n');
    }
  }

  static String number(Number value) {
    if (value instanceof Double d) {
      return d == Math.rint(d)
          ? String.valueOf(d.longValue())
          : String.format(Locale.ROOT, "%s", d);
    }
    return String.valueOf(value);
  }

  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
