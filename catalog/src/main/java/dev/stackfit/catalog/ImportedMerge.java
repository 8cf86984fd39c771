package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays imported figures over a hand-curated entry: imported release lines replace the curated ones,
 * imported health replaces any curated health, and the imported git history joins the curated
 * release-tag patterns; nothing else is touched.
 */
final class ImportedMerge {
  private ImportedMerge() {}

  /**
   * Imported lines keep the curated section's note: a framework endoflife.date tracks may still
   * need an editorial word on its lines ("no public support policy any more").
   */
  private static Fact<List<Release>> withCuratedNote(Fact<List<Release>> lines, Framework f) {
    String curated = f.releases().map(Fact::note).orElse("");
    if (curated.isEmpty()) {
      return lines;
    }
    String note = lines.note().isEmpty() ? curated : curated + "; " + lines.note();
    return new Fact<>(lines.value(), lines.source(), lines.asOf(), lines.verified(), note);
  }

  static Framework merge(Framework f, ImportedFacts imported) {
    Map<String, Source> sources = new HashMap<>(f.sources());
    // Imported source ids start with "imported-", so they never clash with curated ones.
    sources.putAll(imported.sources());
    return new Framework(
        f.id(),
        f.name(),
        f.homepage(),
        f.repository(),
        f.languages(),
        f.runtime(),
        f.license(),
        f.firstRelease(),
        f.version(),
        f.requestModel(),
        f.options(),
        f.structure(),
        f.philosophy(),
        f.features(),
        f.learningCurve(),
        f.learningNotes(),
        f.governance(),
        f.supportPolicy(),
        imported.releases().map(lines -> withCuratedNote(lines, f)).or(f::releases),
        imported.health().isPresent() ? imported.health() : f.health(),
        f.performance(),
        f.footprint(),
        f.bestFor(),
        sources,
        f.git().withHistory(imported.history().or(() -> f.history())),
        f.firstReleaseDay(),
        f.extendsFramework());
  }
}
