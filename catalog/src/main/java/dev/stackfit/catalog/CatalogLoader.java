package dev.stackfit.catalog;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a catalog (docs/catalog-format.md) from a directory or from the copy bundled in this jar.
 * Rejects the whole catalog, listing every problem in every file, when any file is invalid.
 */
public final class CatalogLoader {
  /**
   * Reads {@code dir}/frameworks/*.yaml (or {@code dir}/*.yaml when there is no frameworks folder).
   */
  public Catalog load(Path dir) throws InvalidInputException {
    return toCatalog(CatalogFiles.readDirectory(dir));
  }

  /** Reads the catalog shipped inside the stackfit-catalog jar. */
  public Catalog loadBundled() throws InvalidInputException {
    return toCatalog(CatalogFiles.readBundled());
  }

  static Catalog toCatalog(List<CatalogFile> files) {
    List<Problem> problems = new ArrayList<>(duplicateIds(files));
    files.forEach(f -> problems.addAll(f.problems()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          new Problem("bundled catalog", 0, 0, "", "no framework files found"));
    }
    List<Framework> frameworks = files.stream().map(f -> f.framework().orElseThrow()).toList();
    LocalDate asOf =
        files.stream()
            .flatMap(f -> f.evidence().flatMap(Evidence::newestAsOf).stream())
            .max(LocalDate::compareTo)
            .orElseThrow();
    return new Catalog(asOf, frameworks);
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
