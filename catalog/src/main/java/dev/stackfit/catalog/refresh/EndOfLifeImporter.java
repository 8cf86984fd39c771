package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Release lines from the endoflife.date API v1 ({@code GET /products/{product}}): release date, end
 * of active support, end of life and LTS flag per line, every line the API lists (an evaluation as
 * of a past day needs the lines of that day).
 */
final class EndOfLifeImporter implements Importer {
  /** Catalog id to endoflife.date product, for the frameworks endoflife.date tracks. */
  static final Map<String, String> PRODUCTS =
      Map.of(
          "django", "django",
          "spring-boot", "spring-boot",
          "rails", "ruby-on-rails",
          "laravel", "laravel",
          "symfony", "symfony",
          "quarkus", "quarkus-framework",
          "micronaut", "micronaut",
          "phoenix", "phoenix-framework",
          "express", "express",
          "aspnet-core", "dotnet");

  /** Runtime to endoflife.date product, for the runtime lifecycles (catalog/data/runtimes). */
  static final Map<Runtime, String> RUNTIME_PRODUCTS =
      Map.of(
          Runtime.NODE, "nodejs",
          Runtime.CPYTHON, "python",
          Runtime.JVM, "eclipse-temurin",
          Runtime.DOTNET, "dotnet",
          Runtime.NATIVE, "go",
          Runtime.PHP, "php",
          Runtime.RUBY, "ruby",
          Runtime.BEAM, "elixir");

  private final HttpFetcher http;
  private final URI base;
  private final LocalDate today;

  EndOfLifeImporter(HttpFetcher http, URI base, LocalDate today) {
    this.http = http;
    this.base = base;
    this.today = today;
  }

  @Override
  public RefreshSource source() {
    return RefreshSource.ENDOFLIFE;
  }

  @Override
  public Optional<Contribution> fetch(Framework framework) {
    String product = PRODUCTS.get(framework.id());
    if (product == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Contribution(
            Optional.of(Fact.of(lines(product), source().sourceId(), today)), Optional.empty()));
  }

  @Override
  public Optional<RuntimeLines> fetch(Runtime runtime) {
    String product = RUNTIME_PRODUCTS.get(runtime);
    if (product == null) {
      return Optional.empty();
    }
    Source cites =
        new Source(
            source().sourceId(),
            "endoflife.date API v1, product " + product,
            "https://endoflife.date/" + product,
            today);
    return Optional.of(
        new RuntimeLines(Fact.of(lines(product), source().sourceId(), today), cites));
  }

  /** Every line the API lists for {@code product}, newest first (the full dated history). */
  private List<Release> lines(String product) {
    URI uri = URI.create(base + "/products/" + product);
    JsonNode root =
        http.getJson(source(), uri, Map.of("Accept", "application/json"))
            .orElseThrow(
                () ->
                    new SourceUnavailableException(
                        source(), "endoflife.date does not know the product " + product));
    JsonNode releases = root.path("result").path("releases");
    if (!releases.isArray()) {
      throw new SourceUnavailableException(
          source(), "endoflife.date sent no result.releases for " + product);
    }
    List<Release> lines = new ArrayList<>();
    for (JsonNode release : releases) {
      lines.add(release(release, product));
    }
    lines.sort(Comparator.comparing(Release::released).reversed());
    return lines;
  }

  private Release release(JsonNode release, String product) {
    String name = release.path("name").asText("");
    LocalDate released = date(release.path("releaseDate"), product);
    if (name.isBlank() || released == null) {
      throw new SourceUnavailableException(
          source(), "endoflife.date sent a release without name or releaseDate for " + product);
    }
    return new Release(
        name,
        released,
        date(release.path("eoasFrom"), product),
        date(release.path("eolFrom"), product),
        release.path("isLts").asBoolean(false));
  }

  private LocalDate date(JsonNode node, String product) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new SourceUnavailableException(
          source(), "endoflife.date sent an invalid date \"" + node.asText() + "\" for " + product);
    }
  }
}
