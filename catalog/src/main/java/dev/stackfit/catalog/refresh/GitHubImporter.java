package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Repository figures from the GitHub REST API: stars and archived flag, releases in the past year,
 * and the CHAOSS metrics over the issues and pull requests of the last {@value #WINDOW_DAYS} days
 * (one page of 100 each: a recent sample, not a census). A token from GITHUB_TOKEN raises the rate
 * limit but is optional.
 */
final class GitHubImporter implements Importer {
  static final int WINDOW_DAYS = 90;
  static final int PAGE = 100;

  private final HttpFetcher http;
  private final URI base;
  private final LocalDate today;
  private final Map<String, String> headers = new LinkedHashMap<>();

  GitHubImporter(HttpFetcher http, URI base, LocalDate today, Optional<String> token) {
    this.http = http;
    this.base = base;
    this.today = today;
    headers.put("Accept", "application/vnd.github+json");
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    token.filter(t -> !t.isBlank()).ifPresent(t -> headers.put("Authorization", "Bearer " + t));
  }

  @Override
  public RefreshSource source() {
    return RefreshSource.GITHUB;
  }

  @Override
  public Optional<Contribution> fetch(Framework framework) {
    String repo = "/repos/" + framework.repository();
    JsonNode repository =
        get(repo)
            .orElseThrow(
                () ->
                    new SourceUnavailableException(
                        source(), "GitHub has no repository " + framework.repository()));
    if (!repository.has("stargazers_count")) {
      throw new SourceUnavailableException(
          source(), "GitHub sent no stargazers_count for " + framework.repository());
    }
    Instant since = today.minusDays(WINDOW_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
    JsonNode releases = list(repo + "/releases?per_page=" + PAGE);
    JsonNode items = list(repo + "/issues?state=all&per_page=" + PAGE + "&since=" + since);
    JsonNode comments =
        list(
            repo
                + "/issues/comments?sort=created&direction=asc&per_page="
                + PAGE
                + "&since="
                + since);
    JsonNode contributors = list(repo + "/contributors?per_page=" + PAGE);
    Health health =
        new Health(
            today,
            source().sourceId(),
            repository.get("stargazers_count").asInt(),
            // A full page means there are more; the count would be a floor, so leave it out.
            contributors.size() < PAGE ? contributors.size() : null,
            releases.isEmpty() ? null : ChaossMetrics.releasesPerYear(releases, today),
            ChaossMetrics.medianFirstResponseDays(items, comments, since),
            ChaossMetrics.changeRequestClosureRatio(items, since),
            ChaossMetrics.contributorAbsenceFactor(contributors),
            null,
            repository.path("archived").asBoolean(false));
    return Optional.of(new Contribution(Optional.empty(), Optional.of(health)));
  }

  private Optional<JsonNode> get(String path) {
    return http.getJson(source(), URI.create(base + path), headers);
  }

  private JsonNode list(String path) {
    JsonNode node =
        get(path)
            .orElseThrow(() -> new SourceUnavailableException(source(), "GitHub has no " + path));
    if (!node.isArray()) {
      throw new SourceUnavailableException(source(), "GitHub sent no list for " + path);
    }
    return node;
  }
}
