package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Source;
import java.util.HashMap;
import java.util.Map;

/**
 * Lays imported figures over a hand-curated entry: imported release lines replace the curated ones
 * and imported health replaces any curated health; nothing else is touched.
 */
final class ImportedMerge {
  private ImportedMerge() {}

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
        f.alsoSupports(),
        f.structure(),
        f.philosophy(),
        f.features(),
        f.learningCurve(),
        f.learningNotes(),
        f.governance(),
        f.supportPolicy(),
        imported.releases().isPresent() ? imported.releases() : f.releases(),
        imported.health().isPresent() ? imported.health() : f.health(),
        f.performance(),
        f.footprint(),
        f.bestFor(),
        sources);
  }
}
