package dev.stackfit.cli.catalog;

import dev.stackfit.catalog.refresh.LocalSources;
import dev.stackfit.catalog.refresh.RefreshOptions;
import dev.stackfit.catalog.refresh.RefreshResult;
import dev.stackfit.catalog.refresh.RefreshSource;
import dev.stackfit.catalog.refresh.Refresher;
import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Identified;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit catalog refresh}: imports release lines and community-health figures from
 * endoflife.date (API or a local clone), GitHub, deps.dev and a framework's git history into
 * catalog/data/imported, all or nothing.
 */
@Command(
    name = "refresh",
    mixinStandardHelpOptions = true,
    description = {
      "Import release lines (endoflife.date), community health (GitHub, git history) and the"
          + " OpenSSF Scorecard (deps.dev) into the catalog's imported/ folder.",
      "Prints a diff; writes nothing unless every source answered. GITHUB_TOKEN is optional.",
      "  refresh --source endoflife-repo PATH        release lines from a clone of endoflife.date",
      "  refresh --source git --repo PATH|URL --framework ID   figures from the git history"
    })
final class RefreshCommand implements Callable<Integer> {
  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      split = ",",
      description =
          "endoflife, github, depsdev, endoflife-repo or git (repeatable; default: the three"
              + " APIs).")
  List<String> sources;

  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "For --source endoflife-repo: a clone (work tree or bare) of endoflife.date.")
  Path endoflifeRepo;

  @Option(
      names = "--repo",
      paramLabel = "PATH|URL",
      description =
          "For --source git: the framework's repository, a local path (work tree or bare git"
              + " directory) or a URL to clone bare into the git cache.")
  String repo;

  @Option(
      names = "--git-cache",
      paramLabel = "DIR",
      description = "Where --repo URLs are cloned (default: ~/.cache/stackfit/git).")
  Path gitCache;

  @Option(names = "--framework", paramLabel = "ID", description = "Refresh only this framework.")
  String framework;

  @Option(names = "--dry-run", description = "Show what would change; write nothing.")
  boolean dryRun;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "Catalog directory (default: the checkout's catalog/data).")
  Path catalog;

  @Option(
      names = "--endoflife-url",
      paramLabel = "URL",
      description = "Base URL of the endoflife.date API v1.")
  URI endoflifeUrl;

  @Option(
      names = "--github-url",
      paramLabel = "URL",
      description = "Base URL of the GitHub REST API.")
  URI githubUrl;

  @Option(
      names = "--depsdev-url",
      paramLabel = "URL",
      description = "Base URL of the deps.dev API.")
  URI depsdevUrl;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Connect and request timeout per call (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(
      names = "--max-wait",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Longest wait a rate limit may impose before giving up (default: ${DEFAULT-VALUE}).")
  long maxWaitSeconds;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description = "ETag/Last-Modified cache (default: ~/.cache/stackfit/refresh-cache.json).")
  Path cache;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "As-of date for imported figures (default: today).")
  LocalDate today;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RefreshResult result = new Refresher(options(), err).run();
    result.changes().forEach(out::println);
    out.flush();
    if (!result.ok()) {
      result.failures().forEach(f -> err.println("stackfit: " + f));
      err.println("stackfit: refresh failed; nothing changed");
      err.flush();
      return ExitCodes.INTERNAL;
    }
    String verb = dryRun ? "would change" : "changed";
    err.printf(
        "%d framework(s) checked; %d figure(s) %s; %d file(s) written%n",
        result.frameworks(), result.changes().size(), verb, result.written().size());
    err.flush();
    return ExitCodes.OK;
  }

  private RefreshOptions options() {
    Path dir = catalog != null ? catalog : CatalogOption.checkoutCatalog();
    if (dir == null || !Files.isDirectory(dir.resolve("frameworks"))) {
      throw new BadInputException(
          "refresh needs a catalog directory with frameworks/: pass --catalog DIR");
    }
    requireHttpUrl(endoflifeUrl, "--endoflife-url");
    requireHttpUrl(githubUrl, "--github-url");
    requireHttpUrl(depsdevUrl, "--depsdev-url");
    Map<RefreshSource, URI> urls = new EnumMap<>(RefreshSource.class);
    Optional.ofNullable(endoflifeUrl).ifPresent(u -> urls.put(RefreshSource.ENDOFLIFE, u));
    Optional.ofNullable(githubUrl).ifPresent(u -> urls.put(RefreshSource.GITHUB, u));
    Optional.ofNullable(depsdevUrl).ifPresent(u -> urls.put(RefreshSource.DEPSDEV, u));
    Path cacheFile =
        cache != null
            ? cache
            : Path.of(System.getProperty("user.home"), ".cache", "stackfit", "refresh-cache.json");
    return new RefreshOptions(
        dir,
        selectedSources(),
        Optional.ofNullable(framework),
        dryRun,
        urls,
        Optional.ofNullable(System.getenv("GITHUB_TOKEN")),
        Optional.of(cacheFile),
        Duration.ofSeconds(Math.max(1, timeoutSeconds)),
        Duration.ofSeconds(Math.max(0, maxWaitSeconds)),
        Today.or(today),
        new LocalSources(
            Optional.ofNullable(endoflifeRepo),
            Optional.ofNullable(repo),
            gitCache != null ? gitCache : LocalSources.defaultGitCache()));
  }

  private Set<RefreshSource> selectedSources() {
    if (sources == null || sources.isEmpty()) {
      if (endoflifeRepo != null) {
        throw new BadInputException(
            "PATH " + endoflifeRepo + " is only read with --source endoflife-repo");
      }
      return RefreshSource.apis();
    }
    Set<RefreshSource> selected = EnumSet.noneOf(RefreshSource.class);
    for (String name : sources) {
      if (name.isBlank()) {
        continue;
      }
      selected.add(
          Identified.byId(RefreshSource.class, name.strip())
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--source "
                              + name
                              + " is not one of "
                              + Identified.allIds(RefreshSource.class))));
    }
    if (endoflifeRepo != null && !selected.contains(RefreshSource.ENDOFLIFE_REPO)) {
      throw new BadInputException(
          "PATH " + endoflifeRepo + " is only read with --source endoflife-repo");
    }
    return selected;
  }

  private static void requireHttpUrl(URI url, String option) {
    if (url == null) {
      return;
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new BadInputException(
          option + " must be an http:// or https:// URL with a host, was \"" + url + "\"");
    }
  }
}
