package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.catalog.ImportedFiles;
import dev.stackfit.catalog.refresh.Importer.Contribution;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stackfit catalog refresh}: asks each selected API about each selected framework, and only
 * when every source answered writes the changed imported files, all at once. A failed or partial
 * refresh leaves the catalog as it was.
 */
public final class Refresher {
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

  public RefreshResult run() {
    List<Framework> frameworks = selected();
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
    saveQuietly(cache);
    if (!failures.isEmpty()) {
      return new RefreshResult(
          List.of(), List.copyOf(failures.values()), List.of(), frameworks.size());
    }
    return apply(frameworks, existing, fetched);
  }

  private List<Framework> selected() {
    List<Framework> all = new CatalogLoader().load(options.catalogDir()).frameworks();
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
    List<Importer> importers = new ArrayList<>();
    for (RefreshSource source : RefreshSource.values()) {
      if (!options.sources().contains(source)) {
        continue;
      }
      URI base = options.base(source);
      importers.add(
          switch (source) {
            case ENDOFLIFE -> new EndOfLifeImporter(http, base, options.today());
            case GITHUB -> new GitHubImporter(http, base, options.today(), options.githubToken());
            case DEPSDEV -> new DepsDevImporter(http, base, options.today());
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

  private RefreshResult apply(
      List<Framework> frameworks,
      Map<String, ImportedFacts> existing,
      Map<String, Map<RefreshSource, Contribution>> fetched) {
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
      Path file = folder.resolve(framework.id() + ".yaml");
      if (before.isEmpty() || !text.equals(before.map(ImportedYaml::write).orElse(""))) {
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
      }
    }
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

  private static void saveQuietly(ConditionalCache cache) {
    try {
      cache.save();
    } catch (IOException e) {
      // The cache only saves requests; losing it never affects the catalog.
    }
  }
}
