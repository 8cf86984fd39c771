package dev.stackfit.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.catalog.CatalogValidator;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refresh --source endoflife-repo PATH} against a small clone the tests build. */
class EndOfLifeRepoRefreshTests {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static final String DJANGO =
      """
      ---
      title: Django
      category: framework
      auto:
        methods:
          - git: https://github.com/django/django.git
      releases:
        - releaseCycle: "6.1"
          releaseDate: 2026-08-05
          eoas: 2027-04-30
          eol: 2027-12-31
          latest: "6.1"
          latestReleaseDate: 2026-08-05

        - releaseCycle: "5.2"
          lts: true
          releaseDate: 2025-04-02
          eoas: 2025-12-03
          eol: 2028-04-30

        - releaseCycle: "1.0"
          releaseDate: 2008-09-03
          eoas: true
          eol: 2010-05-17
      ---

      > [Django](https://www.djangoproject.com/) is a web framework.
      """;

  private static final String NODE =
      """
      ---
      title: Node.js
      releases:
        - releaseCycle: "26"
          releaseDate: 2026-05-05
          lts: 2026-10-28
          eoas: 2027-10-27
          eol: 2029-04-30

        - releaseCycle: "25"
          releaseDate: 2025-10-15
          eoas: 2026-04-01
          eol: 2026-06-01

        - releaseCycle: "0.10"
          releaseDate: 2013-03-11
          eoas: true
          eol: true
      ---

      Node.js text.
      """;

  @TempDir Path temp;
  private Path catalog;
  private GitFixture clone;
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    catalog = temp.resolve("catalog");
    Files.createDirectories(catalog.resolve("frameworks"));
    Files.createDirectories(catalog.resolve("runtimes"));
    Files.copy(Path.of("data/frameworks/django.yaml"), catalog.resolve("frameworks/django.yaml"));
    Files.writeString(
        catalog.resolve("runtimes/node.yaml"),
        """
        id: node
        name: "Node.js"
        sources:
          - { id: blog, title: "Node.js blog", url: "https://nodejs.org/en/blog", accessed: 2026-11-01 }
        supportPolicy: { value: "LTS lines get 30 months.", source: blog, asOf: 2026-11-01 }
        """);
    clone =
        GitFixture.init(temp.resolve("endoflife.date"))
            .commitFile("products/django.md", DJANGO, "Maintainer", "m@example.org", "2026-08-20")
            .commitFile("products/nodejs.md", NODE, "Maintainer", "m@example.org", "2026-08-22");
  }

  private RefreshOptions options(Set<RefreshSource> sources, Path clonePath, boolean dryRun) {
    return new RefreshOptions(
        catalog,
        sources,
        Optional.empty(),
        dryRun,
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        TODAY,
        new LocalSources(Optional.of(clonePath), Optional.empty(), temp.resolve("cache")));
  }

  private RefreshResult run(Path clonePath, boolean dryRun) {
    return new Refresher(
            options(EnumSet.of(RefreshSource.ENDOFLIFE_REPO), clonePath, dryRun),
            new PrintWriter(progress))
        .run();
  }

  @Test
  void importsEveryLineOfTrackedFrameworksAndRuntimesCitingTheCommit() {
    RefreshResult result = run(clone.dir(), false);
    assertThat(result.failures()).isEmpty();
    assertThat(result.written())
        .containsExactly(
            catalog.resolve("imported/django.yaml"),
            catalog.resolve("imported/runtimes/node.yaml"));
    Catalog loaded = new CatalogLoader().load(catalog);
    Fact<List<Release>> django = loaded.find("django").orElseThrow().releases().orElseThrow();
    assertThat(django.value())
        .containsExactly(
            new Release(
                "6.1",
                LocalDate.of(2026, 8, 5),
                LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 12, 31),
                false),
            new Release(
                "5.2",
                LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 12, 3),
                LocalDate.of(2028, 4, 30),
                true),
            new Release("1.0", LocalDate.of(2008, 9, 3), null, LocalDate.of(2010, 5, 17), false));
    // Dated by the clone's newest commit, not by the day of the refresh.
    assertThat(django.asOf()).isEqualTo(LocalDate.of(2026, 8, 22));
    String source = loaded.find("django").orElseThrow().sources().get(django.source()).title();
    assertThat(source)
        .startsWith("endoflife.date products/django.md at commit ")
        .endsWith("(2026-08-22)");
    RuntimeLifecycle node = loaded.runtime(Runtime.NODE).orElseThrow();
    assertThat(node.releases().value())
        .extracting(Release::line, Release::lts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("26", true),
            org.assertj.core.groups.Tuple.tuple("25", false),
            org.assertj.core.groups.Tuple.tuple("0.10", false));
    assertThat(node.releases().note()).contains("(eol: true): 0.10");
    assertThat(node.supportPolicy()).isPresent();
  }

  @Test
  void aBareCloneWorksLikeAWorkTree() throws IOException {
    Path bare = clone.bareClone(temp.resolve("endoflife.date.git"));
    assertThat(run(bare, false).failures()).isEmpty();
    assertThat(catalog.resolve("imported/runtimes/node.yaml")).exists();
  }

  @Test
  void theRefreshedCatalogPassesTheValidator() {
    run(clone.dir(), false);
    // Validated on the real day, like the shipped catalog: the copied framework files carry dates
    // up
    // to the day they were last checked, which may be after this test's fixed refresh day.
    List<Problem> errors =
        new CatalogValidator().validate(catalog, LocalDate.now(ZoneOffset.UTC)).errors();
    assertThat(errors).extracting(Problem::toString).isEmpty();
  }

  @Test
  void aDryRunShowsTheDiffAndWritesNothing() {
    RefreshResult result = run(clone.dir(), true);
    assertThat(result.changes())
        .contains(
            "django: + releases 1.0 (released 2008-09-03, end of life 2010-05-17)",
            "runtime node: + releases 26 (released 2026-05-05, active support to 2027-10-27, end of"
                + " life 2029-04-30, LTS)");
    assertThat(result.written()).isEmpty();
    assertThat(catalog.resolve("imported")).doesNotExist();
  }

  @Test
  void aBrokenProductFileFailsTheRefreshNamingFileLineAndFieldAndWritesNothing()
      throws IOException {
    clone.commitFile(
        "products/nodejs.md",
        NODE.replace("releaseDate: 2025-10-15", "releaseDate: 2025-13-15"),
        "Maintainer",
        "m@example.org",
        "2026-08-23");
    RefreshResult result = run(clone.dir(), false);
    assertThat(result.ok()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .asString()
        .startsWith("endoflife.date products/nodejs.md at ")
        .contains(":11:")
        .contains("releases[1].releaseDate")
        .contains("\"2025-13-15\" is not a date");
    assertThat(catalog.resolve("imported")).doesNotExist();
  }

  @Test
  void theApiAndTheCloneCannotBothGiveTheLines() {
    RefreshOptions both =
        options(
            EnumSet.of(RefreshSource.ENDOFLIFE, RefreshSource.ENDOFLIFE_REPO), clone.dir(), false);
    assertThatThrownBy(() -> new Refresher(both, new PrintWriter(progress)).run())
        .hasMessage("--source endoflife and endoflife-repo both give release lines: choose one");
  }

  @Test
  void aPathThatIsNoCloneIsBadInput() {
    assertThatThrownBy(() -> run(temp.resolve("nowhere"), false))
        .hasMessageContaining("--source endoflife-repo: ")
        .hasMessageContaining("does not exist");
  }
}
