package dev.stackfit.catalog;

import dev.stackfit.catalog.CatalogFiles.Side;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.StartupTiming;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        CatalogFiles.readSide(dir, Side.IMPORTED, SideFileReader::imported),
        CatalogFiles.readSide(dir, Side.IMPORTED_RUNTIMES, SideFileReader::importedRuntime));
  }

  /**
   * Reads {@code dir} as {@link #load(Path)} does, through a pre-parsed {@link CatalogSnapshot}:
   * the snapshot's catalog when it was made by this build from exactly the files {@code dir} has
   * now, else the YAML, after which the snapshot is written again for the next start (when that
   * fails, for instance in a read-only folder, the catalog is still returned). The directory is
   * digested before its files are parsed, so an edit made while they are read makes the new
   * snapshot stale.
   */
  public Catalog load(Path dir, Path snapshot) throws InvalidInputException {
    String digest;
    try {
      digest = CatalogSnapshot.digest(dir);
    } catch (IOException | UncheckedIOException e) {
      return load(dir);
    }
    StartupTiming.mark("catalog digested");
    Optional<Catalog> stored = CatalogSnapshot.read(snapshot, digest);
    StartupTiming.mark(stored.isPresent() ? "snapshot read" : "snapshot not usable");
    if (stored.isPresent()) {
      return stored.get();
    }
    Catalog catalog = load(dir);
    try {
      CatalogSnapshot.write(catalog, digest, snapshot);
    } catch (IOException | RuntimeException e) {
      // The snapshot only saves time: without it the next start parses the YAML again.
    }
    return catalog;
  }

  /** Reads the catalog shipped inside the stackfit-catalog jar. */
  public Catalog loadBundled() throws InvalidInputException {
    return toCatalog(
        CatalogFiles.readBundled(),
        CatalogFiles.readBundledSide(Side.RUNTIMES, SideFileReader::runtime),
        CatalogFiles.readBundledSide(Side.IMPORTED, SideFileReader::imported),
        CatalogFiles.readBundledSide(Side.IMPORTED_RUNTIMES, SideFileReader::importedRuntime));
  }

  static Catalog toCatalog(List<CatalogFile> files) {
    return toCatalog(files, List.of(), List.of(), List.of());
  }

  static Catalog toCatalog(
      List<CatalogFile> files,
      List<ReadFile<CuratedRuntime>> runtimeFiles,
      List<ReadFile<ImportedFacts>> importedFiles,
      List<ReadFile<ImportedRuntime>> importedRuntimeFiles) {
    List<Problem> problems = new ArrayList<>(duplicateIds(files));
    files.forEach(f -> problems.addAll(f.problems()));
    runtimeFiles.forEach(f -> problems.addAll(f.problems()));
    importedFiles.forEach(f -> problems.addAll(f.problems()));
    importedRuntimeFiles.forEach(f -> problems.addAll(f.problems()));
    problems.addAll(orphans(files, importedFiles));
    problems.addAll(unknownBases(files));
    Map<Runtime, RuntimeLifecycle> runtimes = new EnumMap<>(Runtime.class);
    // A runtime without any lines is left out (the validator reports it), so a refresh can fill it.
    runtimes(runtimeFiles, importedRuntimeFiles, runtimes).stream()
        .filter(p -> !p.path().equals("releases"))
        .forEach(problems::add);
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
    return new Catalog(asOf, frameworks, runtimes);
  }

  /**
   * Lays imported runtime lines over the curated runtime files into {@code into}; returns the
   * problems: imported lines for a runtime without a file, and runtimes without any lines.
   */
  static List<Problem> runtimes(
      List<ReadFile<CuratedRuntime>> curated,
      List<ReadFile<ImportedRuntime>> imported,
      Map<Runtime, RuntimeLifecycle> into) {
    Map<Runtime, ImportedRuntime> lines = new EnumMap<>(Runtime.class);
    imported.forEach(f -> f.value().ifPresent(i -> lines.put(i.runtime(), i)));
    List<Problem> problems = new ArrayList<>();
    Set<Runtime> seen = EnumSet.noneOf(Runtime.class);
    for (ReadFile<CuratedRuntime> file : curated) {
      file.value()
          .ifPresent(
              r -> {
                seen.add(r.runtime());
                r.merge(Optional.ofNullable(lines.get(r.runtime())))
                    .ifPresentOrElse(
                        lifecycle -> into.put(r.runtime(), lifecycle),
                        () ->
                            problems.add(
                                new Problem(
                                    file.source(),
                                    0,
                                    0,
                                    "releases",
                                    "no release lines: neither this file nor "
                                        + ImportedFiles.RUNTIMES_FOLDER
                                        + "/"
                                        + r.runtime().id()
                                        + ".yaml gives any")));
              });
    }
    boolean complete = curated.stream().allMatch(f -> f.value().isPresent());
    for (ReadFile<ImportedRuntime> file : imported) {
      file.value()
          .filter(i -> complete && !seen.contains(i.runtime()))
          .ifPresent(
              i ->
                  problems.add(
                      new Problem(
                          file.source(),
                          0,
                          0,
                          "runtime",
                          "imported lines for runtime \""
                              + i.runtime().id()
                              + "\", which has no runtimes/"
                              + i.runtime().id()
                              + ".yaml")));
    }
    return problems;
  }

  /** Add-ons whose base is not in the catalog, or is itself an add-on. */
  static List<Problem> unknownBases(List<CatalogFile> files) {
    Map<String, Framework> byId = new HashMap<>();
    files.forEach(f -> f.framework().ifPresent(fw -> byId.put(fw.id(), fw)));
    List<Problem> problems = new ArrayList<>();
    for (CatalogFile file : files) {
      file.framework()
          .flatMap(Framework::extendsFramework)
          .ifPresent(
              base -> {
                Framework target = byId.get(base);
                String why =
                    target == null
                        ? "extends \"" + base + "\", which the catalog lacks"
                        : target.extendsFramework().isPresent()
                            ? "extends \"" + base + "\", which is itself an add-on"
                            : null;
                if (why != null) {
                  problems.add(new Problem(file.source(), 0, 0, "extends", why));
                }
              });
    }
    return problems;
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
