package dev.stackfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideFilesTests {
  private static final String IMPORTED =
      """
      framework: tiny-web
      sources:
        - { id: imported-endoflife, title: "endoflife.date API v1", url: "https://endoflife.date/x", accessed: 2026-01-20 }
        - { id: imported-github, title: "GitHub REST API", url: "https://github.com/example/tiny-web", accessed: 2026-01-20 }
        - { id: imported-depsdev, title: "deps.dev API v3", url: "https://deps.dev/", accessed: 2026-01-20 }
      releases:
        source: imported-endoflife
        asOf: 2026-01-20
        lines:
          - { line: "2", released: 2025-06-01, eol: 2029-06-01, lts: true }
      health:
        source: imported-github
        scorecardSource: imported-depsdev
        asOf: 2026-01-20
        stars: 1200
        contributorAbsenceFactor: 2
        scorecard: 6.5
        archived: false
      """;

  @TempDir Path dir;

  private Path catalogWith(String importedName, String imported) throws IOException {
    Files.createDirectories(dir.resolve("frameworks"));
    Files.createDirectories(dir.resolve("imported"));
    Files.copy(
        CatalogFixtures.catalog("valid").resolve("frameworks/tiny-web.yaml"),
        dir.resolve("frameworks/tiny-web.yaml"));
    Files.writeString(dir.resolve("imported/" + importedName + ".yaml"), imported);
    return dir;
  }

  @Test
  void theShippedCatalogCarriesALifecycleForEveryRuntime() {
    Catalog catalog = new CatalogLoader().load(ShippedCatalogTests.DATA);
    assertThat(catalog.runtimes().keySet()).containsExactlyInAnyOrder(Runtime.values());
    RuntimeLifecycle go = catalog.runtime(Runtime.NATIVE).orElseThrow();
    assertThat(go.appliesTo(Language.GO)).isTrue();
    assertThat(go.appliesTo(Language.RUST)).isFalse();
    assertThat(catalog.runtime(Runtime.NODE).orElseThrow().releases().value())
        .contains(
            new Release(
                "22",
                LocalDate.of(2024, 4, 24),
                LocalDate.of(2025, 10, 21),
                LocalDate.of(2027, 4, 30),
                true));
  }

  @Test
  void shippedRuntimeFilesPassTheirSchema() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(ShippedCatalogTests.DATA.resolve("schema/runtime.schema.json")),
                InputFormat.JSON);
    try (Stream<Path> files = Files.list(ShippedCatalogTests.DATA.resolve("runtimes"))) {
      for (Path file : files.toList()) {
        assertThat(schema.validate(Files.readString(file), InputFormat.YAML))
            .as("schema errors in %s", file)
            .isEmpty();
      }
    }
  }

  @Test
  void importedFiguresReplaceCuratedReleasesAndAddHealth() throws IOException {
    Framework tiny =
        new CatalogLoader().load(catalogWith("tiny-web", IMPORTED)).find("tiny-web").orElseThrow();
    assertThat(tiny.releases().orElseThrow().source()).isEqualTo("imported-endoflife");
    assertThat(tiny.releases().orElseThrow().value())
        .extracting(Release::line)
        .containsExactly("2");
    assertThat(tiny.health().orElseThrow().scorecard()).isEqualTo(6.5);
    assertThat(tiny.sources()).containsKeys("imported-github", "imported-depsdev");
    assertThat(tiny.license().value()).isEqualTo("MIT OR Apache-2.0");
  }

  @Test
  void anImportedFilePassesItsSchemaAndTheValidator() throws IOException {
    Path catalog = catalogWith("tiny-web", IMPORTED);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(ShippedCatalogTests.DATA.resolve("schema/imported.schema.json")),
                InputFormat.JSON);
    assertThat(schema.validate(IMPORTED, InputFormat.YAML)).isEmpty();
    assertThat(new CatalogValidator().validate(catalog, CatalogFixtures.TODAY).errors())
        .extracting(Problem::toString)
        .isEmpty();
  }

  @Test
  void importedFiguresForAnUnknownFrameworkAreRejected() throws IOException {
    Path catalog =
        catalogWith("ghost", IMPORTED.replace("framework: tiny-web", "framework: ghost"));
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new CatalogLoader().load(catalog));
    assertThat(CatalogFixtures.brief(e.problems()))
        .containsExactly(
            "ghost.yaml: framework: imported figures for \"ghost\", which the catalog lacks");
  }

  @Test
  void anUncitedImportedSourceIsAnError() throws IOException {
    String uncited = IMPORTED.replace("  scorecardSource: imported-depsdev\n", "");
    List<Problem> errors =
        new CatalogValidator()
            .validate(catalogWith("tiny-web", uncited), CatalogFixtures.TODAY)
            .errors();
    assertThat(errors)
        .extracting(Problem::message)
        .contains("source \"imported-depsdev\" is never cited");
  }

  @Test
  void aStaleRepositorySnapshotIsWarnedAbout() {
    ValidationReport report =
        new CatalogValidator().validate(ShippedCatalogTests.DATA, LocalDate.of(2026, 12, 3));
    assertThat(report.warnings())
        .extracting(Problem::toString)
        .anyMatch(
            w ->
                w.contains("imported/symfony.yaml")
                    && w.contains("history.asOf: stale: as of 2024-10-23"));
  }
}
