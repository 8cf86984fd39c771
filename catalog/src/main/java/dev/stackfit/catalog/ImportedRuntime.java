package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Release lines {@code stackfit catalog refresh} imported for one runtime
 * (catalog/data/imported/runtimes/ID.yaml); they replace the curated file's lines.
 *
 * @param runtime the runtime
 * @param sources the sources the lines cite (ids start with {@code imported-})
 * @param releases every line the source lists, newest first
 */
public record ImportedRuntime(
    Runtime runtime, Map<String, Source> sources, Fact<List<Release>> releases) {
  public ImportedRuntime {
    if (runtime == null || releases == null) {
      throw new IllegalArgumentException("imported runtime lines need a runtime and lines");
    }
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
  }
}
