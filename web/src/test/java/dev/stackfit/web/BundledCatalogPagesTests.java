package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.store.Databases;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page renders on the shipped catalog, and every shipped example profile evaluates. */
class BundledCatalogPagesTests {
  @TempDir static Path data;
  static Catalog catalog;
  static TestServer server;

  @BeforeAll
  static void start() {
    catalog = new CatalogLoader().loadBundled();
    server = new TestServer(Databases.openSqlite(data), catalog, 1_000);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyFrameworkPageRenders() {
    for (Framework f : catalog.frameworks()) {
      HttpResponse<String> page = server.get("/catalog/" + f.id());
      assertThat(page.statusCode()).as(f.id()).isEqualTo(200);
      assertThat(page.body()).contains(f.name());
      if (f.releases().isPresent()) {
        assertThat(page.body()).as(f.id()).contains("Release lines");
      }
      // Community health is always a section: the figures, or how to import them.
      assertThat(page.body()).as(f.id()).contains("Community health");
      if (f.health().isEmpty()) {
        assertThat(page.body()).as(f.id()).contains("not recorded yet").contains("catalog refresh");
      }
    }
  }

  @Test
  void theWholeCatalogCompares() {
    List<String> ids = catalog.frameworks().stream().map(Framework::id).limit(5).toList();
    HttpResponse<String> page = server.get("/compare?id=" + String.join("&id=", ids));
    assertThat(page.statusCode()).isEqualTo(200);
  }

  @Test
  void everyExampleProfileEvaluatesAndItsResultsPageRenders() throws IOException {
    Path examples = Path.of("..", "examples", "profiles");
    List<Path> files;
    try (Stream<Path> list = Files.list(examples)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      HttpResponse<String> created =
          server.post("/api/v1/evaluations", "application/yaml", Files.readString(file));
      assertThat(created.statusCode()).as(file + ": " + created.body()).isEqualTo(201);
      String id = ApiContract.json(created).path("id").asText();
      HttpResponse<String> page = server.get("/evaluations/" + id);
      assertThat(page.statusCode()).as(file.toString()).isEqualTo(200);
      for (String format : new String[] {"markdown", "html"}) {
        assertThat(server.get("/api/v1/evaluations/" + id + "/report/" + format).statusCode())
            .as(file + " " + format)
            .isEqualTo(200);
      }
    }
  }
}
