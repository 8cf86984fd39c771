package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the catalog's side files: runtime lifecycles (runtimes/ID.yaml) and imported figures
 * (imported/ID.yaml). One instance reads one file.
 */
final class SideFileReader {
  private final FileChecks checks = new FileChecks();
  private final FactReader facts = new FactReader(checks);
  private final FactValues values = new FactValues(facts);
  private final SourceReader sourceReader = new SourceReader(facts);
  private final HistoryReader history = new HistoryReader(facts);

  FileChecks checks() {
    return checks;
  }

  /** A runtime file; {@code expectedId} is its file name without the extension. */
  Optional<CuratedRuntime> runtime(MappingReader root, String expectedId) {
    Optional<Runtime> runtime = root.required("id").flatMap(v -> checkedRuntime(v, expectedId));
    Optional<String> name = root.required("name").flatMap(ValueReader::asString);
    List<Language> languages = root.ids("languages", Language.class);
    Map<String, Source> sources =
        root.required("sources").map(sourceReader::sources).orElse(Map.of());
    Optional<Fact<String>> policy = facts.fact(root, "supportPolicy", false, ValueReader::asString);
    // Optional here: imported/runtimes/ID.yaml may give the lines (checked by the loader).
    Optional<Fact<List<Release>>> releases = root.mapping("releases").flatMap(values::releases);
    root.rejectUnknownKeys();
    sourceReader.checkCitations(root.problems(), sources);
    if (!root.problems().isEmpty() || runtime.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CuratedRuntime(runtime.get(), name.get(), languages, policy, releases, sources));
  }

  /** An imported runtime file (imported/runtimes/ID.yaml). */
  Optional<ImportedRuntime> importedRuntime(MappingReader root, String expectedId) {
    Optional<Runtime> runtime =
        root.required("runtime").flatMap(v -> checkedRuntime(v, expectedId));
    Map<String, Source> sources =
        root.required("sources").map(sourceReader::sources).orElse(Map.of());
    Optional<Fact<List<Release>>> releases =
        root.required("releases").flatMap(ValueReader::asMapping).flatMap(values::releases);
    root.rejectUnknownKeys();
    sourceReader.checkCitations(root.problems(), sources);
    if (!root.problems().isEmpty() || runtime.isEmpty() || releases.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImportedRuntime(runtime.get(), sources, releases.get()));
  }

  /** An imported file; {@code expectedId} is its file name without the extension. */
  Optional<ImportedFacts> imported(MappingReader root, String expectedId) {
    Optional<String> id =
        root.required("framework")
            .flatMap(
                v -> {
                  Optional<String> read = v.asString();
                  read.filter(i -> !i.equals(expectedId))
                      .ifPresent(
                          i -> v.report('"' + i + "\" does not match the file name " + expectedId));
                  return read;
                });
    Map<String, Source> sources =
        root.required("sources").map(sourceReader::sources).orElse(Map.of());
    var releases = root.mapping("releases").flatMap(values::releases);
    var health = root.mapping("health").flatMap(values::health);
    var history = root.mapping("history").flatMap(this.history::history);
    root.rejectUnknownKeys();
    sourceReader.checkCitations(root.problems(), sources);
    if (!root.problems().isEmpty() || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImportedFacts(id.get(), sources, releases, health, history));
  }

  private Optional<Runtime> checkedRuntime(ValueReader value, String expectedId) {
    Optional<Runtime> runtime = value.asId(Runtime.class);
    runtime
        .filter(r -> !r.id().equals(expectedId))
        .ifPresent(
            r -> value.report('"' + r.id() + "\" does not match the file name " + expectedId));
    return runtime;
  }
}
