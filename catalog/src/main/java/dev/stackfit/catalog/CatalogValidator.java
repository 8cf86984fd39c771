package dev.stackfit.catalog;

import dev.stackfit.catalog.CatalogFiles.Side;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Checks a catalog directory against docs/catalog-format.md: everything {@link CatalogLoader}
 * rejects, plus the rules that depend on the validation day (future and stale dates, first-release
 * range), uncited sources and SPDX license expressions.
 */
public final class CatalogValidator {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::source)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column);

  /** Validates {@code dir} as of {@code today}; never throws for bad content. */
  public ValidationReport validate(Path dir, LocalDate today) {
    List<CatalogFile> files;
    try {
      files = CatalogFiles.readDirectory(dir);
    } catch (InvalidInputException e) {
      return new ValidationReport(0, e.problems(), List.of());
    }
    List<Problem> errors = new ArrayList<>(CatalogLoader.duplicateIds(files));
    List<Problem> warnings = new ArrayList<>();
    CatalogRules rules = new CatalogRules(today);
    for (CatalogFile file : files) {
      errors.addAll(file.problems());
      file.checks().ifPresent(e -> rules.check(file.source(), e, errors::add, warnings::add));
    }
    List<ReadFile<CuratedRuntime>> runtimes =
        CatalogFiles.readSide(dir, Side.RUNTIMES, SideFileReader::runtime);
    List<ReadFile<ImportedFacts>> imported =
        CatalogFiles.readSide(dir, Side.IMPORTED, SideFileReader::imported);
    List<ReadFile<ImportedRuntime>> importedRuntimes =
        CatalogFiles.readSide(dir, Side.IMPORTED_RUNTIMES, SideFileReader::importedRuntime);
    List<ReadFile<?>> sideFiles = new ArrayList<>(runtimes);
    sideFiles.addAll(imported);
    sideFiles.addAll(importedRuntimes);
    for (ReadFile<?> file : sideFiles) {
      errors.addAll(file.problems());
      file.checks().ifPresent(e -> rules.check(file.source(), e, errors::add, warnings::add));
    }
    errors.addAll(CatalogLoader.orphans(files, imported));
    errors.addAll(CatalogLoader.runtimes(runtimes, importedRuntimes, new HashMap<>()));
    errors.sort(ORDER);
    warnings.sort(ORDER);
    return new ValidationReport(files.size() + sideFiles.size(), errors, warnings);
  }
}
