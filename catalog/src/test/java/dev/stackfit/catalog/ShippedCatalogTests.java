package dev.stackfit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.CatalogAsOf;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Support;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShippedCatalogTests {
  static final Path DATA = Path.of("data");

  @BeforeEach
  void skipUntilFrameworkFilesExist() throws IOException {
    try (Stream<Path> files = Files.list(DATA.resolve("frameworks"))) {
      assumeTrue(
          files.anyMatch(f -> f.toString().endsWith(".yaml")),
          "catalog/data/frameworks is still empty: nothing shipped to check yet");
    }
  }

  @Test
  void loadsEveryShippedFramework() throws IOException {
    Catalog catalog = new CatalogLoader().load(DATA);
    try (Stream<Path> files = Files.list(DATA.resolve("frameworks"))) {
      assertThat(catalog.size())
          .isEqualTo(files.filter(f -> f.toString().endsWith(".yaml")).count());
    }
    assertThat(catalog.asOf()).isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC));
  }

  @Test
  void bundledCopyEqualsTheDirectory() {
    assertThat(new CatalogLoader().loadBundled()).isEqualTo(new CatalogLoader().load(DATA));
  }

  @Test
  void aFeatureAndAPolicyKeepTheirHistory() {
    Catalog catalog = new CatalogLoader().load(DATA);
    Framework rails = catalog.find("rails").orElseThrow();
    Fact<FeatureSupport> auth = rails.features().get(Feature.AUTH);
    assertThat(auth.value().level()).isEqualTo(Support.BUILT_IN);
    assertThat(auth.since()).contains(LocalDate.of(2024, 11, 7));
    assertThat(auth.before())
        .hasValueSatisfying(
            b -> {
              assertThat(b.value().level()).isEqualTo(Support.ECOSYSTEM);
              assertThat(b.value().provider()).startsWith("Devise");
              assertThat(b.source()).isEqualTo("devise");
            });
    Framework echo = catalog.find("echo").orElseThrow();
    String policySource = echo.supportPolicy().orElseThrow().source();
    assertThat(echo.sources().get(policySource).published()).contains(LocalDate.of(2026, 1, 28));
  }

  @Test
  void anOptionOfTheRequestModelKeepsItsHistory() {
    Catalog catalog = new CatalogLoader().load(DATA);
    Framework spring = catalog.find("spring-boot").orElseThrow();
    assertThat(spring.alsoSupports())
        .containsExactlyInAnyOrder(RequestModel.VIRTUAL_THREADS, RequestModel.EVENT_LOOP);
    assertThat(optionsOn(catalog, "spring-boot", "2019-01-01"))
        .containsExactly(RequestModel.EVENT_LOOP);
    assertThat(optionsOn(catalog, "spring-boot", "2016-01-01")).isEmpty();
    assertThat(optionsOn(catalog, "django", "2012-06-15")).isEmpty();
    assertThat(optionsOn(catalog, "django", "2021-01-01"))
        .containsExactly(RequestModel.ASYNC_AWAIT);
    // Shown as one fact: the default first, then the options, level by level.
    Fact<List<RequestModel>> shown = spring.modelAndOptions();
    assertThat(shown.value().get(0)).isEqualTo(RequestModel.THREAD_PER_REQUEST);
    assertThat(shown.since()).contains(LocalDate.of(2023, 11, 23));
    assertThat(shown.before().orElseThrow().value())
        .containsExactly(RequestModel.THREAD_PER_REQUEST, RequestModel.EVENT_LOOP);
    assertThat(shown.before().orElseThrow().before().orElseThrow().value())
        .containsExactly(RequestModel.THREAD_PER_REQUEST);
  }

  private static List<RequestModel> optionsOn(Catalog catalog, String id, String day) {
    return CatalogAsOf.of(catalog, LocalDate.parse(day))
        .catalog()
        .find(id)
        .orElseThrow()
        .alsoSupports();
  }

  @Test
  void shippedCatalogPassesTheValidator() {
    ValidationReport report = new CatalogValidator().validate(DATA, LocalDate.now(ZoneOffset.UTC));
    assertThat(report.errors()).extracting(Problem::toString).isEmpty();
  }

  @Test
  void everyFrameworkHasGitFiguresOrSaysWhyNot() {
    Catalog catalog = new CatalogLoader().load(DATA);
    for (Framework f : catalog.frameworks()) {
      assertThat(f.history().isPresent() || f.git().unavailable().isPresent())
          .as("%s has neither git figures nor git.unavailable", f.id())
          .isTrue();
    }
  }

  @Test
  void importedFilesPassTheirSchemas() throws IOException {
    assertPassSchema("imported.schema.json", DATA.resolve("imported"));
    assertPassSchema("imported-runtime.schema.json", DATA.resolve("imported/runtimes"));
  }

  private static void assertPassSchema(String schemaFile, Path folder) throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Files.readString(DATA.resolve("schema").resolve(schemaFile)), InputFormat.JSON);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        assertThat(schema.validate(Files.readString(file), InputFormat.YAML))
            .as("schema errors in %s", file)
            .isEmpty();
      }
    }
  }
}
