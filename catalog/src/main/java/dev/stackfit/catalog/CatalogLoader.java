package dev.stackfit.catalog;

import dev.stackfit.catalog.CatalogFiles.Side;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a catalog (docs/catalog-format.md) from a directory or from the copy bundled in this jar.
 * Rejects the whole catalog, listing every problem in every file, when any file is invalid.
 */
public final class CatalogLoader {
  /**
   * Reads {@code dir}/frameworks/*.yaml (or {@code dir}/*.yaml when there is no frameworks folder).
   */
  public Catalog load(Path dir) throws InvalidInputException {
    return toCatalog(
        CatalogFiles.readDirectory(dir),
        CatalogFiles.readSide(dir, Side.RUNTIMES, SideFileReader::runtime),
        CatalogFiles.readSide(dir, Side.IMPORTED, SideFileReader::imported));
  }

  /** Reads the catalog shipped inside the stackfit-catalog jar. */
  public Catalog loadBundled() throws InvalidInputException {
    return toCatalog(
        CatalogFiles.readBundled(),
        CatalogFiles.readBundledSide(Side.RUNTIMES, SideFileReader::runtime),
        CatalogFiles.readBundledSide(Side.IMPORTED, SideFileReader::imported));
  }

  static Catalog toCatalog(List<CatalogFile> files) {
    return toCatalog(files, List.of(), List.of());
  }

  static Catalog toCatalog(
      List<CatalogFile> files,
      List<ReadFile<RuntimeLifecycle>> runtimeFiles,
      List<ReadFile<ImportedFacts>> importedFiles) {
    List<Problem> problems = new ArrayList<>(duplicateIds(files));
    files.forEach(f -> problems.addAll(f.problems()));
    runtimeFiles.forEach(f -> problems.addAll(f.problems()));
    importedFiles.forEach(f -> problems.addAll(f.problems()));
    problems.addAll(orphans(files, importedFiles));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          new Problem("bundled catalog", 0, 0, "", "no framework files found"));
    }
    Map<String, ImportedFacts> imported = new HashMap<>();
    importedFiles.forEach(f -> f.value().ifPresent(i -> imported.put(i.framework(), i)));
    List<Framework> frameworks =
        files.stream()
            .map(f -> f.framework().orElseThrow())
            .map(
                f ->
                    imported.containsKey(f.id()) ? ImportedMerge.merge(f, imported.get(f.id())) : f)
            .toList();
    LocalDate asOf =
        Stream.concat(
                files.stream().flatMap(f -> f.checks().stream()),
                importedFiles.stream().flatMap(f -> f.checks().stream()))
            .flatMap(e -> e.newestAsOf().stream())
            .max(LocalDate::compareTo)
            .orElseThrow();
    Map<Runtime, RuntimeLifecycle> runtimes = new EnumMap<>(Runtime.class);
    runtimeFiles.forEach(f -> f.value().ifPresent(r -> runtimes.put(r.runtime(), r)));
    return new Catalog(asOf, frameworks, runtimes);
  }

  /** Imported files for frameworks the catalog does not have. */
  static List<Problem> orphans(List<CatalogFile> files, List<ReadFile<ImportedFacts>> imported) {
    Set<String> ids = new HashSet<>();
    files.forEach(f -> f.framework().ifPresent(fw -> ids.add(fw.id())));
    boolean complete = files.stream().allMatch(f -> f.framework().isPresent());
    List<Problem> problems = new ArrayList<>();
    for (ReadFile<ImportedFacts> file : imported) {
      file.value()
          .filter(i -> complete && !ids.contains(i.framework()))
          .ifPresent(
              i ->
                  problems.add(
                      new Problem(
                          file.source(),
                          0,
                          0,
                          "framework",
                          "imported figures for \""
                              + i.framework()
                              + "\", which the catalog lacks")));
    }
    return problems;
  }

  /** The same id in two files (possible with both id.yaml and id.yml). */
  static List<Problem> duplicateIds(List<CatalogFile> files) {
    Map<String, String> firstFile = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (CatalogFile file : files) {
      file.framework()
          .map(Framework::id)
          .map(id -> firstFile.putIfAbsent(id, file.source()) == null ? null : id)
          .ifPresent(
              id ->
                  problems.add(
                      new Problem(
                          file.source(),
                          0,
                          0,
                          "id",
                          "framework id \"" + id + "\" is also used by " + firstFile.get(id))));
    }
    return problems;
  }
}
