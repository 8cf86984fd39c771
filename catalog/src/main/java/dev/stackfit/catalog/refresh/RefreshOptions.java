package dev.stackfit.catalog.refresh;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one refresh does.
 *
 * @param catalogDir the catalog directory (with frameworks/); imported figures go to imported/
 * @param sources the APIs to ask
 * @param framework only this framework; empty for all
 * @param dryRun show what would change without writing
 * @param baseUrls API base URLs by source; missing ones use the public defaults
 * @param githubToken optional GitHub token (raises the rate limit)
 * @param cacheFile where ETag/Last-Modified validators are kept; empty to keep them in memory
 * @param timeout connect and request timeout per call
 * @param maxWait the longest a rate limit may make the refresh wait before it gives up
 * @param today the as-of date for imported figures
 * @param local where the local sources (endoflife.date clone, git repository) are
 */
public record RefreshOptions(
    Path catalogDir,
    Set<RefreshSource> sources,
    Optional<String> framework,
    boolean dryRun,
    Map<RefreshSource, URI> baseUrls,
    Optional<String> githubToken,
    Optional<Path> cacheFile,
    Duration timeout,
    Duration maxWait,
    LocalDate today,
    LocalSources local) {
  /** Options for the API sources only. */
  public RefreshOptions(
      Path catalogDir,
      Set<RefreshSource> sources,
      Optional<String> framework,
      boolean dryRun,
      Map<RefreshSource, URI> baseUrls,
      Optional<String> githubToken,
      Optional<Path> cacheFile,
      Duration timeout,
      Duration maxWait,
      LocalDate today) {
    this(
        catalogDir,
        sources,
        framework,
        dryRun,
        baseUrls,
        githubToken,
        cacheFile,
        timeout,
        maxWait,
        today,
        LocalSources.none());
  }

  public RefreshOptions {
    if (catalogDir == null || sources == null || sources.isEmpty() || today == null) {
      throw new IllegalArgumentException("a refresh needs a catalog, at least one source, a day");
    }
    local = local == null ? LocalSources.none() : local;
    sources = Set.copyOf(EnumSet.copyOf(sources));
    baseUrls = baseUrls.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(baseUrls));
  }

  /** The three APIs, all frameworks, public URLs, 10 s timeouts, waits of up to a minute. */
  public static RefreshOptions defaults(Path catalogDir, LocalDate today) {
    return new RefreshOptions(
        catalogDir,
        RefreshSource.apis(),
        Optional.empty(),
        false,
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        today);
  }

  URI base(RefreshSource source) {
    URI uri = baseUrls.getOrDefault(source, source.defaultBase());
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
