package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Source;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code stackfit catalog refresh} imported for one framework (catalog/data/imported/ID.yaml):
 * kept apart from the hand-curated file and merged over it by the loader for the fields it owns.
 *
 * @param framework the framework id
 * @param sources the sources the imported figures cite
 * @param releases release lines from endoflife.date; empty when not imported
 * @param health community-health figures from GitHub and deps.dev; empty when not imported
 * @param history figures from the repository's git history; empty when not imported
 */
public record ImportedFacts(
    String framework,
    Map<String, Source> sources,
    Optional<Fact<List<Release>>> releases,
    Optional<Health> health,
    Optional<RepositoryHistory> history) {
  public ImportedFacts {
    if (framework == null || framework.isBlank()) {
      throw new IllegalArgumentException("imported facts need a framework id");
    }
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
  }

  /** Imported facts without git history. */
  public ImportedFacts(
      String framework,
      Map<String, Source> sources,
      Optional<Fact<List<Release>>> releases,
      Optional<Health> health) {
    this(framework, sources, releases, health, Optional.empty());
  }

  /** True when nothing was imported. */
  public boolean isEmpty() {
    return releases.isEmpty() && health.isEmpty() && history.isEmpty();
  }
}
