package dev.stackfit.catalog;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Finds and reads the framework files of a catalog directory or of the bundled copy. */
final class CatalogFiles {
  static final String BUNDLE = "/dev/stackfit/catalog/data/";
  static final String INDEX = BUNDLE + "frameworks.index";

  private CatalogFiles() {}

  /**
   * Reads {@code dir}/frameworks/*.yaml, or {@code dir}/*.yaml when there is no frameworks folder;
   * a missing or empty directory is a single problem.
   */
  static List<CatalogFile> readDirectory(Path dir) {
    // Every reader here parses its files in parallel (each on its own parser) and keeps their
    // order: at start-up the parsers run interpreted, and reading the catalog is most of a
    // command's wall time.
    Path frameworks =
        Files.isDirectory(dir.resolve("frameworks")) ? dir.resolve("frameworks") : dir;
    if (!Files.isDirectory(frameworks)) {
      throw new InvalidInputException(
          new Problem(dir.toString(), 0, 0, "", "catalog directory not found"));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(frameworks)) {
      files = listing.filter(CatalogFiles::isYaml).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(new Problem(dir.toString(), 0, 0, "", "cannot be read"));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          new Problem(frameworks.toString(), 0, 0, "", "no framework files (*.yaml) found"));
    }
    return files.parallelStream()
        .map(
            f -> read(f.toString(), idOf(f.getFileName().toString()), () -> DocumentParser.read(f)))
        .toList();
  }

  /** Reads the copy packaged in this module's jar, listed by its index file. */
  static List<CatalogFile> readBundled() {
    return bundledNames().parallelStream()
        .map(
            name -> {
              String source = "bundled:frameworks/" + name;
              byte[] bytes = resource(BUNDLE + "frameworks/" + name);
              return read(source, idOf(name), () -> DocumentParser.parse(bytes, source));
            })
        .toList();
  }

  static List<String> bundledNames() {
    String index = new String(resource(INDEX), StandardCharsets.UTF_8);
    return index.lines().map(String::strip).filter(CatalogFiles::isYamlName).sorted().toList();
  }

  private static byte[] resource(String name) {
    try (InputStream in = CatalogFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the stackfit-catalog jar lacks " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CatalogFile read(String source, String expectedId, Supplier<Document> parse) {
    Document document;
    try {
      document = parse.get();
    } catch (InvalidInputException e) {
      return new CatalogFile(source, Optional.empty(), Optional.empty(), e.problems());
    }
    Problems problems = new Problems(document);
    Optional<MappingReader> root = MappingReader.root(document, problems);
    FrameworkReader reader = new FrameworkReader();
    Optional<Framework> framework = root.flatMap(r -> reader.read(r, expectedId));
    Optional<FileChecks> checks = root.map(r -> reader.checks());
    return new CatalogFile(source, framework, checks, problems.list());
  }

  /** The kinds of side file, by folder. */
  enum Side {
    RUNTIMES("runtimes"),
    IMPORTED("imported"),
    IMPORTED_RUNTIMES("imported/runtimes");

    final String folder;

    Side(String folder) {
      this.folder = folder;
    }
  }

  /**
   * Reads {@code dir}/FOLDER/*.yaml of one kind of side file; a missing folder means none. Only a
   * catalog with a frameworks folder has side files.
   */
  static <T> List<ReadFile<T>> readSide(Path dir, Side side, SideParser<T> parser) {
    Path folder = dir.resolve(side.folder);
    if (!Files.isDirectory(dir.resolve("frameworks")) || !Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(CatalogFiles::isYaml).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(new Problem(folder.toString(), 0, 0, "", "cannot be read"));
    }
    return files.parallelStream()
        .map(
            f ->
                readSide(
                    f.toString(),
                    idOf(f.getFileName().toString()),
                    () -> DocumentParser.read(f),
                    parser))
        .toList();
  }

  /** Reads the side files of one kind bundled in this jar, listed by FOLDER.index. */
  static <T> List<ReadFile<T>> readBundledSide(Side side, SideParser<T> parser) {
    String indexName = BUNDLE + side.folder + ".index";
    if (CatalogFiles.class.getResource(indexName) == null) {
      return List.of();
    }
    String index = new String(resource(indexName), StandardCharsets.UTF_8);
    return index
        .lines()
        .map(String::strip)
        .filter(CatalogFiles::isYamlName)
        .sorted()
        .toList()
        .parallelStream()
        .map(
            name -> {
              String source = "bundled:" + side.folder + "/" + name;
              byte[] bytes = resource(BUNDLE + side.folder + "/" + name);
              return readSide(
                  source, idOf(name), () -> DocumentParser.parse(bytes, source), parser);
            })
        .toList();
  }

  /** Turns the root of a side file into its value, reporting problems on the way. */
  interface SideParser<T> {
    Optional<T> parse(SideFileReader reader, MappingReader root, String expectedId);
  }

  static <T> ReadFile<T> readSide(
      String source, String expectedId, Supplier<Document> parse, SideParser<T> parser) {
    Document document;
    try {
      document = parse.get();
    } catch (InvalidInputException e) {
      return new ReadFile<>(source, Optional.empty(), Optional.empty(), e.problems());
    }
    Problems problems = new Problems(document);
    Optional<MappingReader> root = MappingReader.root(document, problems);
    SideFileReader reader = new SideFileReader();
    Optional<T> value = root.flatMap(r -> parser.parse(reader, r, expectedId));
    Optional<FileChecks> checks = root.map(r -> reader.checks());
    return new ReadFile<>(source, value, checks, problems.list());
  }

  private static boolean isYaml(Path file) {
    return Files.isRegularFile(file) && isYamlName(file.getFileName().toString());
  }

  private static boolean isYamlName(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String idOf(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }
}
