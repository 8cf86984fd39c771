package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendCommandTests {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("stackfit.updateGolden");

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(CliRun.EXAMPLES))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static CliRun recommend(String example, String format) {
    return CliRun.run(
        "recommend",
        CliRun.EXAMPLES + "/" + example,
        "--format",
        format,
        "--seed",
        "1",
        "--today",
        "2026-11-26",
        "--catalog",
        CliRun.CATALOG);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }
    assertThat(actual)
        .as(
            "golden file %s (rerun with -Dstackfit.updateGolden=true after an intended change)",
            file)
        .isEqualTo(Files.readString(file));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void jsonOutputOfEveryExampleMatchesItsGoldenFile(String example) throws IOException {
    CliRun run = recommend(example, "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertGolden(example.replace(".yaml", ".json"), run.out());
  }

  @Test
  void textOutputMatchesItsGoldenFileAndFitsOneHundredColumns() throws IOException {
    CliRun run = recommend("js-team-rest-api.yaml", "text");
    assertThat(run.exitCode()).isZero();
    run.out().lines().forEach(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
    assertGolden("js-team-rest-api.txt", run.out());
  }

  @Test
  void sameInputAndSeedGiveByteIdenticalOutputInEveryFormat() {
    for (String format : new String[] {"json", "text", "markdown", "html"}) {
      assertThat(recommend("php-sync-team.yaml", format).out())
          .isEqualTo(recommend("php-sync-team.yaml", format).out());
    }
  }

  /**
   * The launchers read the catalog through a pre-parsed snapshot: a report made from it must be
   * byte-identical to one made from the YAML, for every example and format.
   */
  @Test
  void theCatalogSnapshotGivesByteIdenticalReports(@TempDir Path dir) throws IOException {
    Path snapshot = dir.resolve("catalog.snapshot");
    List<String> examples = examples().toList();
    Map<String, String> viaYaml = new LinkedHashMap<>();
    for (String example : examples) {
      for (String format : new String[] {"json", "text", "markdown", "html"}) {
        viaYaml.put(example + " " + format, recommend(example, format).out());
      }
    }
    String previous = System.setProperty(CatalogOption.SNAPSHOT_PROPERTY, snapshot.toString());
    try {
      CliRun first = recommend(examples.get(0), "json");
      assertThat(first.err()).isEmpty();
      assertThat(first.out()).isEqualTo(viaYaml.get(examples.get(0) + " json"));
      assertThat(snapshot).exists();
      Object written = Files.readAttributes(snapshot, BasicFileAttributes.class).fileKey();
      for (String example : examples) {
        for (String format : new String[] {"json", "text", "markdown", "html"}) {
          CliRun run = recommend(example, format);
          assertThat(run.err()).isEmpty();
          assertThat(run.out())
              .as("%s as %s through the snapshot", example, format)
              .isEqualTo(viaYaml.get(example + " " + format));
        }
      }
      // read every time, never rewritten: the YAML was not parsed again
      assertThat(Files.readAttributes(snapshot, BasicFileAttributes.class).fileKey())
          .isEqualTo(written);
    } finally {
      if (previous == null) {
        System.clearProperty(CatalogOption.SNAPSHOT_PROPERTY);
      } else {
        System.setProperty(CatalogOption.SNAPSHOT_PROPERTY, previous);
      }
    }
  }

  @Test
  void markdownAndHtmlCarryTheShortlistAndAdvisories() {
    String md = recommend("content-site-admin.yaml", "markdown").out();
    assertThat(md)
        .startsWith("# stackfit recommendation: Content site with an admin panel")
        .contains("## Advisories")
        // Django and its add-on Django REST framework share the top two places.
        .containsPattern("\\| [12] \\| Django( with Django REST framework)? \\|");
    String html = recommend("content-site-admin.yaml", "html").out();
    assertThat(html)
        .startsWith("<!doctype html>")
        .contains("<svg class=\"radar\"")
        .doesNotContain("<script");
  }

  @Test
  void outWritesTheReportToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("nested/report.json");
    CliRun run =
        CliRun.run(
            "recommend",
            CliRun.EXAMPLES + "/prototype.yaml",
            "--format",
            "json",
            "--out",
            out.toString(),
            "--catalog",
            CliRun.CATALOG,
            "--today",
            "2026-11-26");
    assertThat(run.exitCode()).isZero();
    // The report goes to the file; standard output only says what was written where.
    assertThat(run.out())
        .startsWith("Wrote the json report for \"Three-month prototype\" to " + out)
        .doesNotContain("\"ranking\"");
    assertThat(Files.readString(out)).contains("\"profile\" : \"Three-month prototype\"");
    Path plain = Files.createFile(out.resolveSibling("plain.txt"));
    assertThat(Files.getPosixFilePermissions(out))
        .as("created like any other tool's file, with the umask's permissions, not owner-only")
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void theReportNeverOverwritesTheProfileItCameFrom(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("team.yaml");
    Files.copy(Path.of(CliRun.EXAMPLES, "prototype.yaml"), profile);
    String before = Files.readString(profile);
    CliRun run =
        CliRun.run(
            "recommend",
            profile.toString(),
            "--out",
            profile.toString(),
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out").contains("is an input of this command");
    assertThat(Files.readString(profile)).isEqualTo(before);
  }

  @Test
  void aBadDateSaysWhatADateLooksLike() {
    CliRun run =
        CliRun.run("recommend", CliRun.EXAMPLES + "/prototype.yaml", "--today", "2024-13-45");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'2024-13-45' is not a date (YYYY-MM-DD")
        .doesNotContain("java.time");
  }

  @Test
  void aMissingProfileIsBadInputWithoutAStackTrace() {
    CliRun run = CliRun.run("recommend", "no/such/profile.yaml", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no/such/profile.yaml")
        .contains("not found")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void everyProblemInABadProfileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        stackfit: 1
        name: Bad
        team:
          size: 0
          skills:
            - { language: java, level: guru }
        project:
          colour: blue
        """);
    CliRun run = CliRun.run("recommend", bad.toString(), "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("bad.yaml:4")
        .contains("team.size")
        .contains("bad.yaml:6")
        .contains("team.skills[0].level")
        .contains("\"guru\" is not one of none, basic, working, expert")
        .contains("bad.yaml:8")
        .contains("project.colour")
        .doesNotContain("Exception");
  }

  @Test
  void unknownFormatIsAUsageErrorWithExitTwo() {
    CliRun run = CliRun.run("recommend", CliRun.EXAMPLES + "/prototype.yaml", "--format", "pdf");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("Try 'stackfit recommend --help'");
  }
}
