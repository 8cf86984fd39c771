package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Stars and the OpenSSF Scorecard aggregate from deps.dev API v3 {@code GetProject} ({@code GET
 * /v3/projects/github.com%2Fowner%2Frepo}).
 */
final class DepsDevImporter implements Importer {
  private final HttpFetcher http;
  private final URI base;
  private final LocalDate today;

  DepsDevImporter(HttpFetcher http, URI base, LocalDate today) {
    this.http = http;
    this.base = base;
    this.today = today;
  }

  @Override
  public RefreshSource source() {
    return RefreshSource.DEPSDEV;
  }

  @Override
  public Optional<Contribution> fetch(Framework framework) {
    String key = URLEncoder.encode("github.com/" + framework.repository(), StandardCharsets.UTF_8);
    URI uri = URI.create(base + "/v3/projects/" + key);
    Optional<JsonNode> project = http.getJson(source(), uri, Map.of("Accept", "application/json"));
    if (project.isEmpty()) {
      return Optional.empty();
    }
    JsonNode p = project.get();
    if (!p.isObject() || !p.has("projectKey")) {
      throw new SourceUnavailableException(
          source(), "deps.dev sent no projectKey for " + framework.repository());
    }
    Integer stars = p.has("starsCount") ? p.get("starsCount").asInt() : null;
    JsonNode score = p.path("scorecard").path("overallScore");
    Double scorecard = score.isNumber() && score.asDouble() >= 0 ? score.asDouble() : null;
    Health health =
        new Health(
            today, source().sourceId(), stars, null, null, null, null, null, scorecard, false);
    return Optional.of(new Contribution(Optional.empty(), Optional.of(health)));
  }
}
