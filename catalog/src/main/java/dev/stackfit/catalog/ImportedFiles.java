package dev.stackfit.catalog;

import dev.stackfit.catalog.CatalogFiles.Side;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Runtime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the imported figures of a catalog directory (catalog/data/imported/ID.yaml). */
public final class ImportedFiles {
  /** The folder under a catalog directory that holds imported figures. */
  public static final String FOLDER = Side.IMPORTED.folder;

  private ImportedFiles() {}

  /** The folder under a catalog directory that holds imported runtime lines. */
  public static final String RUNTIMES_FOLDER = Side.IMPORTED_RUNTIMES.folder;

  /** Imported runtime lines by runtime; throws with every problem when any file is invalid. */
  public static Map<Runtime, ImportedRuntime> readRuntimes(Path catalogDir) {
    List<ReadFile<ImportedRuntime>> files =
        CatalogFiles.readSide(catalogDir, Side.IMPORTED_RUNTIMES, SideFileReader::importedRuntime);
    List<Problem> problems = new ArrayList<>();
    Map<Runtime, ImportedRuntime> imported = new EnumMap<>(Runtime.class);
    for (ReadFile<ImportedRuntime> file : files) {
      problems.addAll(file.problems());
      file.value().ifPresent(i -> imported.put(i.runtime(), i));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return imported;
  }

  /** Imported figures by framework id; throws with every problem when any file is invalid. */
  public static Map<String, ImportedFacts> read(Path catalogDir) {
    List<ReadFile<ImportedFacts>> files =
        CatalogFiles.readSide(catalogDir, Side.IMPORTED, SideFileReader::imported);
    List<Problem> problems = new ArrayList<>();
    Map<String, ImportedFacts> imported = new TreeMap<>();
    for (ReadFile<ImportedFacts> file : files) {
      problems.addAll(file.problems());
      file.value().ifPresent(i -> imported.put(i.framework(), i));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return imported;
  }
}
