package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.catalog.ImportedFiles;
import dev.stackfit.catalog.ImportedRuntime;
import dev.stackfit.catalog.refresh.Importer.Contribution;
import dev.stackfit.catalog.refresh.Importer.RuntimeLines;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.formats.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stackfit catalog refresh}: asks each selected source about each selected framework (and,
 * for a release-line source on a full refresh, each runtime), and only when every source answered
 * writes the changed imported files, all at once. A failed or partial refresh leaves the catalog as
 * it was.
 */
public final class Refresher {
  /** The longest a git command may run: a first clone of a large repository takes minutes. */
  static final Duration GIT_TIMEOUT = Duration.ofMinutes(20);

  private final RefreshOptions options;
  private final PrintWriter progress;
  private final HttpFetcher.Sleeper sleeper;

  public Refresher(RefreshOptions options, PrintWriter progress) {
    this(options, progress, d -> Thread.sleep(d));
  }

  Refresher(RefreshOptions options, PrintWriter progress, HttpFetcher.Sleeper sleeper) {
    this.options = options;
    this.progress = progress;
    this.sleeper = sleeper;
  }

  /**
   * Runs the refresh.
   *
   * @throws StackfitException for options that do not fit together or a catalog that lacks what a
   *     source needs (bad input); sources that fail are reported in the result instead
   */
  public RefreshResult run() {
    RefreshPlan.check(options);
    Catalog catalog = new CatalogLoader().load(options.catalogDir());
    List<Framework> frameworks = selected(catalog);
    Map<String, ImportedFacts> existing = ImportedFiles.read(options.catalogDir());
    ConditionalCache cache =
        options.cacheFile().map(ConditionalCache::load).orElseGet(ConditionalCache::inMemory);
    HttpFetcher http = new HttpFetcher(options.timeout(), options.maxWait(), cache, sleeper);
    List<Importer> importers = importers(http);
    Map<RefreshSource, String> failures = new EnumMap<>(RefreshSource.class);
    Map<String, Map<RefreshSource, Contribution>> fetched = new LinkedHashMap<>();
    int i = 0;
    for (Framework framework : frameworks) {
      progress.printf("[%d/%d] %s:", ++i, frameworks.size(), framework.id());
      fetched.put(framework.id(), fetch(framework, importers, failures));
      progress.println();
      progress.flush();
    }
    Map<Runtime, RuntimeLines> runtimeLines = new EnumMap<>(Runtime.class);
    if (options.framework().isEmpty()) {
      runtimeLines = fetchRuntimes(importers, failures);
    }
    saveQuietly(cache);
    if (!failures.isEmpty()) {
      return new RefreshResult(
          List.of(), List.copyOf(failures.values()), List.of(), frameworks.size());
    }
    return apply(frameworks, existing, fetched, runtimeLines);
  }

  private List<Framework> selected(Catalog catalog) {
    List<Framework> all = catalog.frameworks();
    if (options.framework().isEmpty()) {
      return all;
    }
    String id = options.framework().get();
    return all.stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .map(List::of)
        .orElseThrow(() -> new BadInputException("unknown framework \"" + id + "\""));
  }

  private List<Importer> importers(HttpFetcher http) {
    GitCli git = new GitCli(GIT_TIMEOUT);
    List<Importer> importers = new ArrayList<>();
    for (RefreshSource source : RefreshSource.values()) {
      if (!options.sources().contains(source)) {
        continue;
      }
      LocalSources local = options.local();
      importers.add(
          switch (source) {
            case ENDOFLIFE -> new EndOfLifeImporter(http, options.base(source), options.today());
            case GITHUB ->
                new GitHubImporter(
                    http, options.base(source), options.today(), options.githubToken());
            case DEPSDEV -> new DepsDevImporter(http, options.base(source), options.today());
            case ENDOFLIFE_REPO ->
                new EndOfLifeRepoImporter(
                    GitRepository.open(
                        git, local.endoflifeRepo().orElseThrow().toString(), local.gitCache()),
                    options.today());
            case GIT ->
                new GitImporter(
                    local.gitRepo().orElseThrow(),
                    local.gitCache(),
                    git,
                    options.today(),
                    progress);
          });
    }
    return importers;
  }

  private Map<RefreshSource, Contribution> fetch(
      Framework framework, List<Importer> importers, Map<RefreshSource, String> failures) {
    Map<RefreshSource, Contribution> contributions = new EnumMap<>(RefreshSource.class);
    for (Importer importer : importers) {
      RefreshSource source = importer.source();
      if (failures.containsKey(source)) {
        // One unreachable service is reported once, not once per framework.
        progress.print(" " + source.id() + " skipped");
        continue;
      }
      try {
        Optional<Contribution> c = importer.fetch(framework);
        c.ifPresent(x -> contributions.put(source, x));
        progress.print(" " + source.id() + (c.isPresent() ? " ok" : " not tracked"));
      } catch (SourceUnavailableException e) {
        failures.put(source, e.getMessage());
        progress.print(" " + source.id() + " failed");
      }
    }
    return contributions;
  }

  /** The release lines of every runtime the catalog has a lifecycle file for. */
  private Map<Runtime, RuntimeLines> fetchRuntimes(
      List<Importer> importers, Map<RefreshSource, String> failures) {
    Map<Runtime, RuntimeLines> lines = new EnumMap<>(Runtime.class);
    List<Importer> lineImporters =
        importers.stream().filter(i -> i.source().givesReleaseLines()).toList();
    if (lineImporters.isEmpty()) {
      return lines;
    }
    for (Runtime runtime : Runtime.values()) {
      if (!Files.isRegularFile(
          options.catalogDir().resolve("runtimes").resolve(runtime.id() + ".yaml"))) {
        continue;
      }
      progress.printf("[runtime] %s:", runtime.id());
      for (Importer importer : lineImporters) {
        RefreshSource source = importer.source();
        if (failures.containsKey(source)) {
          progress.print(" " + source.id() + " skipped");
          continue;
        }
        try {
          Optional<RuntimeLines> found = importer.fetch(runtime);
          found.ifPresent(l -> lines.put(runtime, l));
          progress.print(" " + source.id() + (found.isPresent() ? " ok" : " not tracked"));
        } catch (SourceUnavailableException e) {
          failures.put(source, e.getMessage());
          progress.print(" " + source.id() + " failed");
        }
      }
      progress.println();
      progress.flush();
    }
    return lines;
  }

  private RefreshResult apply(
      List<Framework> frameworks,
      Map<String, ImportedFacts> existing,
      Map<String, Map<RefreshSource, Contribution>> fetched,
      Map<Runtime, RuntimeLines> runtimeLines) {
    List<String> changes = new ArrayList<>();
    Map<Path, byte[]> files = new LinkedHashMap<>();
    Path folder = options.catalogDir().resolve(ImportedFiles.FOLDER);
    for (Framework framework : frameworks) {
      Map<RefreshSource, Contribution> contributions = fetched.get(framework.id());
      if (contributions.isEmpty()) {
        continue;
      }
      Optional<ImportedFacts> before = Optional.ofNullable(existing.get(framework.id()));
      ImportedFacts after = ImportedMerger.merge(framework, before, contributions, options.today());
      changes.addAll(ImportedDiff.lines(framework.id(), before, after));
      String text = ImportedYaml.write(after);
      if (before.isEmpty() || !text.equals(before.map(ImportedYaml::write).orElse(""))) {
        files.put(folder.resolve(framework.id() + ".yaml"), bytes(text));
      }
    }
    runtimes(runtimeLines, changes, files);
    if (options.dryRun() || files.isEmpty()) {
      return new RefreshResult(changes, List.of(), List.of(), frameworks.size());
    }
    try {
      AtomicFiles.write(files);
    } catch (IOException e) {
      return new RefreshResult(
          List.of(),
          List.of("cannot write " + folder + ": " + e.getMessage()),
          List.of(),
          frameworks.size());
    }
    return new RefreshResult(changes, List.of(), List.copyOf(files.keySet()), frameworks.size());
  }

  private void runtimes(
      Map<Runtime, RuntimeLines> fetched, List<String> changes, Map<Path, byte[]> files) {
    if (fetched.isEmpty()) {
      return;
    }
    Map<Runtime, ImportedRuntime> existing = ImportedFiles.readRuntimes(options.catalogDir());
    Path folder = options.catalogDir().resolve(ImportedFiles.RUNTIMES_FOLDER);
    fetched.forEach(
        (runtime, lines) -> {
          ImportedRuntime after =
              new ImportedRuntime(
                  runtime, Map.of(lines.cites().id(), lines.cites()), lines.lines());
          Optional<ImportedRuntime> before = Optional.ofNullable(existing.get(runtime));
          changes.addAll(ImportedDiff.lines(runtime, before, after));
          String text = ImportedYaml.write(after);
          if (before.isEmpty() || !text.equals(ImportedYaml.write(before.get()))) {
            files.put(folder.resolve(runtime.id() + ".yaml"), bytes(text));
          }
        });
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void saveQuietly(ConditionalCache cache) {
    try {
      cache.save();
    } catch (IOException e) {
      // The cache only saves requests; losing it never affects the catalog.
    }
  }
}
