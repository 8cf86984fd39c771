package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.catalog.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-curated runtime file (runtimes/ID.yaml) before imported release lines are laid over it;
 * {@code releases} may be left to the import.
 */
record CuratedRuntime(
    Runtime runtime,
    String name,
    List<Language> languages,
    Optional<Fact<String>> supportPolicy,
    Optional<Fact<List<Release>>> releases,
    Map<String, Source> sources) {

  /** The lifecycle with imported lines replacing curated ones; empty when neither has lines. */
  Optional<RuntimeLifecycle> merge(Optional<ImportedRuntime> imported) {
    Optional<Fact<List<Release>>> lines =
        imported.map(ImportedRuntime::releases).or(() -> releases);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Source> all = new HashMap<>(sources);
    imported.ifPresent(i -> all.putAll(i.sources()));
    return Optional.of(
        new RuntimeLifecycle(runtime, name, languages, supportPolicy, lines.get(), all));
  }
}
