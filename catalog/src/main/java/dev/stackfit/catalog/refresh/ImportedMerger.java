package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.ImportedFacts;
import dev.stackfit.catalog.refresh.Importer.Contribution;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Source;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines a framework's earlier imported figures with what this refresh fetched: each source
 * replaces the fields it owns (endoflife.date, API or repository, the release lines; GitHub stars,
 * contributors and the CHAOSS figures; deps.dev the Scorecard; git the repository history) and
 * leaves the others as they were.
 */
final class ImportedMerger {
  private ImportedMerger() {}

  static ImportedFacts merge(
      Framework framework,
      Optional<ImportedFacts> before,
      Map<RefreshSource, Contribution> fetched,
      LocalDate today) {
    Map<String, Source> sources =
        new HashMap<>(before.map(ImportedFacts::sources).orElse(Map.of()));
    fetched.forEach(
        (s, c) ->
            sources.put(s.sourceId(), c.cites().orElseGet(() -> source(s, framework, today))));
    Optional<Fact<List<Release>>> releases = before.flatMap(ImportedFacts::releases);
    for (Contribution c : fetched.values()) {
      if (c.releases().isPresent()) {
        releases = c.releases();
      }
    }
    Optional<RepositoryHistory> history = before.flatMap(ImportedFacts::history);
    Contribution git = fetched.get(RefreshSource.GIT);
    if (git != null && git.history().isPresent()) {
      history = git.history();
    }
    Optional<Health> health = before.flatMap(ImportedFacts::health);
    Optional<Health> github = healthOf(fetched, RefreshSource.GITHUB);
    Optional<Health> depsdev = healthOf(fetched, RefreshSource.DEPSDEV);
    if (github.isPresent() || depsdev.isPresent()) {
      health = Optional.of(health(health, github, depsdev, today));
    }
    return new ImportedFacts(framework.id(), sources, releases, health, history);
  }

  private static Optional<Health> healthOf(
      Map<RefreshSource, Contribution> fetched, RefreshSource source) {
    return Optional.ofNullable(fetched.get(source)).flatMap(Contribution::health);
  }

  private static Health health(
      Optional<Health> old, Optional<Health> github, Optional<Health> depsdev, LocalDate today) {
    // GitHub owns everything but the Scorecard; deps.dev's stars fill in only without GitHub.
    Health base =
        github
            .or(() -> old.filter(h -> h.source().equals(RefreshSource.GITHUB.sourceId())))
            .orElse(null);
    Double scorecard =
        depsdev.map(Health::scorecard).orElse(old.map(Health::scorecard).orElse(null));
    if (base == null) {
      Integer stars = depsdev.map(Health::stars).orElse(old.map(Health::stars).orElse(null));
      return new Health(
          today,
          RefreshSource.DEPSDEV.sourceId(),
          stars,
          null,
          null,
          null,
          null,
          null,
          scorecard,
          false);
    }
    return new Health(
        today,
        RefreshSource.GITHUB.sourceId(),
        base.stars(),
        base.contributors(),
        base.releasesPerYear(),
        base.medianFirstResponseDays(),
        base.changeRequestClosureRatio(),
        base.contributorAbsenceFactor(),
        scorecard,
        base.archived());
  }

  static Source source(RefreshSource source, Framework framework, LocalDate today) {
    String repo = framework.repository();
    return switch (source) {
      case ENDOFLIFE -> {
        String product = EndOfLifeImporter.PRODUCTS.getOrDefault(framework.id(), framework.id());
        yield new Source(
            source.sourceId(),
            "endoflife.date API v1, product " + product,
            "https://endoflife.date/" + product,
            today);
      }
      case GITHUB ->
          new Source(
              source.sourceId(),
              "GitHub REST API: "
                  + repo
                  + " (stars, releases; CHAOSS metrics over the last "
                  + GitHubImporter.WINDOW_DAYS
                  + " days, 100 items per list)",
              "https://github.com/" + repo,
              today);
      case DEPSDEV ->
          new Source(
              source.sourceId(),
              "deps.dev API v3 GetProject github.com/" + repo + " (OpenSSF Scorecard)",
              "https://deps.dev/project/github/" + URLEncoder.encode(repo, StandardCharsets.UTF_8),
              today);
      // The local sources always name their commit; this fallback is never written.
      case ENDOFLIFE_REPO, GIT ->
          new Source(source.sourceId(), source.label(), "https://github.com/" + repo, today);
    };
  }
}
