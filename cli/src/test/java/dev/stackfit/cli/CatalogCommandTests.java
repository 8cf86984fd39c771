package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.testing.ContractIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTests {
  private static final List<String> CONTRACT_IDS = ContractIds.FRAMEWORKS;

  @Test
  void listJsonHasEveryContractIdWithNameAndLanguage() throws IOException {
    CliRun run = CliRun.run("catalog", "list", "--format", "json", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    JsonNode list = new ObjectMapper().readTree(run.out());
    assertThat(list.isArray()).isTrue();
    assertThat(list.findValuesAsText("id")).containsAll(CONTRACT_IDS);
    for (JsonNode item : list) {
      assertThat(item.path("name").asText()).isNotEmpty();
      assertThat(item.path("language").asText()).isNotEmpty();
    }
  }

  @Test
  void showJsonCarriesTheContractFields() throws IOException {
    CliRun run =
        CliRun.run("catalog", "show", "django", "--format", "json", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    JsonNode django = new ObjectMapper().readTree(run.out());
    for (String field :
        List.of(
            "id",
            "name",
            "language",
            "runtime",
            "license",
            "firstRelease",
            "requestModel",
            "structure",
            "philosophy",
            "features",
            "sources",
            "releases")) {
      assertThat(django.has(field)).as(field).isTrue();
    }
    assertThat(django.path("language").asText()).isEqualTo("python");
    assertThat(django.path("structure").asText()).isEqualTo("convention");
    assertThat(django.path("philosophy").asText()).isEqualTo("batteries");
    assertThat(django.path("features").findValuesAsText("")).isEmpty();
    assertThat(django.path("features").toString()).contains("orm", "admin-ui");
    assertThat(django.path("sources").get(0).path("url").asText()).startsWith("http");
  }

  @Test
  void showTextListsEveryFactWithSourceAndDate() {
    CliRun run = CliRun.run("catalog", "show", "express", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Express (express)")
        .contains("request model")
        .contains("sources");
    if (!run.out().contains("community health (")) {
      // No figures imported for this entry: the output says so and how to get them.
      assertThat(run.out())
          .contains("community health: not recorded yet")
          .contains("catalog refresh");
    }
  }

  @Test
  void compareShowsTheGuidesRowsForEveryFramework() {
    CliRun run =
        CliRun.run(
            "catalog", "compare", "express", "django", "spring-boot", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Request handling", "Structure", "Ecosystem", "Learning curve", "Best for")
        .contains("Activity (git)", "Release history")
        .contains("Express", "Django", "Spring Boot");
    run.out().lines().forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void showGivesTheGitFiguresWithTheirDateOrWhyThereAreNone() throws IOException {
    CliRun rails = CliRun.run("catalog", "show", "rails", "--catalog", CliRun.CATALOG);
    assertThat(rails.out())
        .contains("git history (rails/rails at ")
        .contains("Commits by people (12 months to ")
        .contains("Release history")
        .contains("12-month windows, newest first");
    CliRun django = CliRun.run("catalog", "show", "django", "--catalog", CliRun.CATALOG);
    assertThat(django.out()).contains("git history: no git figures: the snapshot of django/django");
    JsonNode json =
        new ObjectMapper()
            .readTree(
                CliRun.run(
                        "catalog", "show", "rails", "--format", "json", "--catalog", CliRun.CATALOG)
                    .out());
    JsonNode history = json.path("git").path("history");
    assertThat(history.path("commit").asText()).hasSize(40);
    assertThat(history.path("activity").size()).isGreaterThan(10);
    assertThat(history.path("releases").get(0).has("preRelease")).isTrue();
    assertThat(json.path("git").path("releaseTags").get(0).asText()).isEqualTo("v*");
  }

  @Test
  void compareWithAnUnknownIdIsBadInputNamingIt() {
    CliRun run = CliRun.run("catalog", "compare", "express", "nosuch", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown framework id \"nosuch\"");
  }

  @Test
  void aMistypedIdSuggestsTheOneMeantAndSpeaksAsStackfit() {
    CliRun run = CliRun.run("catalog", "show", "djngo", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "stackfit: unknown framework id \"djngo\" (did you mean \"django\"?); 'stackfit"
                + " catalog list' shows every id\n");
    assertThat(CliRun.run("catalog", "show", "Vert.x", "--catalog", CliRun.CATALOG).err())
        .contains("(did you mean \"vertx\"?)");
    assertThat(CliRun.run("catalog", "show", "spring", "--catalog", CliRun.CATALOG).err())
        .contains("(did you mean \"spring-boot\"?)");
    assertThat(CliRun.run("catalog", "show", "zzzzzz", "--catalog", CliRun.CATALOG).err())
        .doesNotContain("did you mean");
  }

  @Test
  void compareSaysEachThingOnce() {
    CliRun run =
        CliRun.run("catalog", "compare", "flask", "express", "django", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    String flat = run.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .doesNotContain("(guide: minimal, flexible)", "(guide: convention-heavy)")
        .doesNotContain("(guide: batteries-included)", "modular (guide: modular")
        .contains("modular (npm)");
  }

  @Test
  void theShippedCatalogValidatesWithoutErrors() {
    // The catalog was last brought up to date on 2026-12-03; sources read that day are not future.
    CliRun run = CliRun.run("catalog", "validate", CliRun.CATALOG, "--today", "2026-12-03");
    assertThat(run.err()).doesNotContain("error:");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 error(s)");
  }

  @Test
  void validateReportsABrokenFileWithItsLineAndExitsTwo(@TempDir Path dir) throws IOException {
    Path frameworks = Files.createDirectories(dir.resolve("frameworks"));
    Files.copy(
        Path.of(CliRun.CATALOG, "frameworks", "flask.yaml"), frameworks.resolve("flask.yaml"));
    String text =
        Files.readString(frameworks.resolve("flask.yaml"))
            .replaceFirst("(?m)^id: flask$", "id: flask\ncolour: red");
    Files.writeString(frameworks.resolve("flask.yaml"), text);
    CliRun run = CliRun.run("catalog", "validate", dir.toString(), "--today", "2026-11-26");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("flask.yaml:").contains("colour");
  }

  @Test
  void demoWithoutWebRunsEveryExample() {
    CliRun run =
        CliRun.run(
            "demo",
            "--no-web",
            "--examples",
            CliRun.EXAMPLES,
            "--catalog",
            CliRun.CATALOG,
            "--today",
            "2026-11-26");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().filter(l -> l.startsWith("== ")).count()).isEqualTo(8);
    assertThat(run.out()).contains("recommends Django").contains("advisories:");
  }
}
