package dev.stackfit.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.catalog.CatalogValidator;
import dev.stackfit.catalog.refresh.MockApi.Reply;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshTests {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final String EOL = "/eol/products/django";
  private static final String REPO = "/gh/repos/django/django";
  private static final String PROJECT = "/dd/v3/projects/github.com%2Fdjango%2Fdjango";

  @TempDir Path catalog;
  private MockApi api;
  private final List<Duration> waits = new ArrayList<>();
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(catalog.resolve("frameworks"));
    for (String id : List.of("django", "flask")) {
      Files.copy(
          Path.of("data/frameworks/" + id + ".yaml"),
          catalog.resolve("frameworks/" + id + ".yaml"));
    }
    api = new MockApi();
    api.on(EOL, Reply.fixture("endoflife-django.json"))
        .on(REPO, Reply.fixture("github-repo.json"))
        .on(REPO + "/releases", Reply.fixture("github-releases.json"))
        .on(REPO + "/issues", Reply.fixture("github-issues.json"))
        .on(REPO + "/issues/comments", Reply.fixture("github-comments.json"))
        .on(REPO + "/contributors", Reply.fixture("github-contributors.json"))
        .on(PROJECT, Reply.fixture("depsdev-project.json"));
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  private RefreshOptions options(Set<RefreshSource> sources, boolean dryRun, String framework) {
    return new RefreshOptions(
        catalog,
        sources,
        Optional.ofNullable(framework),
        dryRun,
        Map.of(
            RefreshSource.ENDOFLIFE, api.base("/eol"),
            RefreshSource.GITHUB, api.base("/gh"),
            RefreshSource.DEPSDEV, api.base("/dd")),
        Optional.of("test-token"),
        Optional.of(catalog.resolve("cache.json")),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        TODAY);
  }

  private RefreshResult run(Set<RefreshSource> sources, boolean dryRun) {
    return run(options(sources, dryRun, "django"));
  }

  private RefreshResult run(RefreshOptions options) {
    return new Refresher(options, new PrintWriter(progress), waits::add).run();
  }

  private Framework loadedDjango() {
    return new CatalogLoader().load(catalog).find("django").orElseThrow();
  }

  private static final Set<RefreshSource> ALL = RefreshSource.apis();

  @Test
  void importsEveryLineEndOfLifeListsAndTheLoaderPrefersThemOverCuratedOnes() {
    RefreshResult result = run(EnumSet.of(RefreshSource.ENDOFLIFE), false);
    assertThat(result.ok()).isTrue();
    assertThat(result.written()).containsExactly(catalog.resolve("imported/django.yaml"));
    List<Release> lines = loadedDjango().releases().orElseThrow().value();
    assertThat(lines)
        .containsExactly(
            new Release(
                "6.1",
                LocalDate.of(2026, 8, 5),
                LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 12, 31),
                false),
            new Release(
                "6.0",
                LocalDate.of(2025, 12, 3),
                LocalDate.of(2026, 8, 31),
                LocalDate.of(2027, 4, 30),
                false),
            new Release(
                "5.2",
                LocalDate.of(2025, 4, 2),
                LocalDate.of(2025, 12, 3),
                LocalDate.of(2028, 4, 30),
                true),
            // Long ended, but an evaluation as of 2023 needs it.
            new Release(
                "3.2",
                LocalDate.of(2021, 4, 6),
                LocalDate.of(2021, 12, 7),
                LocalDate.of(2024, 4, 1),
                true));
    assertThat(loadedDjango().releases().orElseThrow().source()).isEqualTo("imported-endoflife");
    assertThat(result.changes())
        .contains(
            "django: + releases 6.1 (released 2026-08-05, active support to 2027-04-30,"
                + " end of life 2027-12-31)");
  }

  @Test
  void computesTheChaossFiguresFromGitHubAndTheScorecardFromDepsDev() {
    RefreshResult result = run(EnumSet.of(RefreshSource.GITHUB, RefreshSource.DEPSDEV), false);
    assertThat(result.failures()).isEmpty();
    Health health = loadedDjango().health().orElseThrow();
    assertThat(health.stars()).isEqualTo(86000);
    assertThat(health.contributors()).isEqualTo(4);
    assertThat(health.releasesPerYear()).isEqualTo(2.0);
    assertThat(health.medianFirstResponseDays()).isEqualTo(2.0);
    assertThat(health.changeRequestClosureRatio()).isEqualTo(0.67);
    assertThat(health.contributorAbsenceFactor()).isEqualTo(2);
    assertThat(health.scorecard()).isEqualTo(7.4);
    assertThat(health.asOf()).isEqualTo(TODAY);
    assertThat(health.source()).isEqualTo("imported-github");
    assertThat(api.requests())
        .filteredOn(r -> r.pathAndQuery().startsWith("/gh/"))
        .allSatisfy(
            r -> assertThat(r.headers()).containsEntry("authorization", "Bearer test-token"));
  }

  @Test
  void theRefreshedCatalogStillPassesTheValidator() {
    assertThat(run(ALL, false).ok()).isTrue();
    assertThat(new CatalogValidator().validate(catalog, TODAY).errors())
        .extracting(Problem::toString)
        .isEmpty();
  }

  @Test
  void aDryRunReportsChangesAndWritesNothing() {
    RefreshResult result = run(ALL, true);
    assertThat(result.ok()).isTrue();
    assertThat(result.changes()).contains("django: + health.stars 86000");
    assertThat(result.written()).isEmpty();
    assertThat(catalog.resolve("imported")).doesNotExist();
  }

  @Test
  void aSecondRunSendsValidatorsAndAccepts304WithoutChanges() throws IOException {
    api.on(
        EOL,
        Reply.fixture("endoflife-django.json").withHeader("ETag", "\"v1\""),
        Reply.status(304));
    assertThat(run(EnumSet.of(RefreshSource.ENDOFLIFE), false).ok()).isTrue();
    String first = Files.readString(catalog.resolve("imported/django.yaml"));
    RefreshResult second = run(EnumSet.of(RefreshSource.ENDOFLIFE), false);
    assertThat(second.ok()).isTrue();
    assertThat(second.changes()).isEmpty();
    assertThat(api.requests().getLast().headers()).containsEntry("if-none-match", "\"v1\"");
    assertThat(Files.readString(catalog.resolve("imported/django.yaml"))).isEqualTo(first);
  }

  @Test
  void waitsOutA429AsRetryAfterSays() {
    api.on(
        EOL,
        Reply.status(429).withHeader("Retry-After", "2"),
        Reply.fixture("endoflife-django.json"));
    RefreshResult result = run(EnumSet.of(RefreshSource.ENDOFLIFE), false);
    assertThat(result.ok()).isTrue();
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void givesUpWhenTheRateLimitAsksForTooLong() {
    api.on(EOL, Reply.status(429).withHeader("Retry-After", "3600"));
    RefreshResult result = run(EnumSet.of(RefreshSource.ENDOFLIFE), false);
    assertThat(result.failures())
        .containsExactly("endoflife.date is rate limiting (HTTP 429); retry after 3600 s");
    assertThat(waits).isEmpty();
  }

  @Test
  void aServerErrorFailsTheSourceAndLeavesEarlierImportsUntouched() throws IOException {
    assertThat(run(ALL, false).ok()).isTrue();
    Path file = catalog.resolve("imported/django.yaml");
    String before = Files.readString(file);
    api.on(REPO + "/contributors", Reply.status(500));
    api.on(
        EOL,
        Reply.json(
            MockApi.fixtureText("endoflife-django.json").replace("2027-12-31", "2028-01-31")));
    RefreshResult result = run(ALL, false);
    assertThat(result.ok()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .asString()
        .startsWith("GitHub answered HTTP 500 for ");
    assertThat(result.written()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void malformedJsonIsReportedAsSuch() {
    api.on(PROJECT, Reply.json("{\"projectKey\": {\"id\": "));
    RefreshResult result = run(EnumSet.of(RefreshSource.DEPSDEV), false);
    assertThat(result.failures())
        .singleElement()
        .asString()
        .startsWith("deps.dev sent malformed JSON for ");
  }

  @Test
  void aSlowServerTimesOut() {
    api.on(EOL, Reply.fixture("endoflife-django.json").delayed(3000));
    RefreshOptions o = options(EnumSet.of(RefreshSource.ENDOFLIFE), false, "django");
    RefreshResult result =
        run(
            new RefreshOptions(
                o.catalogDir(),
                o.sources(),
                o.framework(),
                false,
                o.baseUrls(),
                Optional.empty(),
                Optional.empty(),
                Duration.ofMillis(400),
                o.maxWait(),
                TODAY));
    assertThat(result.failures())
        .containsExactly("cannot reach endoflife.date: timed out after 400 ms");
  }

  @Test
  void withoutNetworkEachSourceFailsOnceWithOneLine() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
    RefreshOptions o = options(ALL, false, null);
    RefreshOptions offline =
        new RefreshOptions(
            o.catalogDir(),
            o.sources(),
            Optional.empty(),
            false,
            Map.of(
                RefreshSource.ENDOFLIFE,
                nowhere,
                RefreshSource.GITHUB,
                nowhere,
                RefreshSource.DEPSDEV,
                nowhere),
            Optional.empty(),
            Optional.empty(),
            o.timeout(),
            o.maxWait(),
            TODAY);
    RefreshResult result = run(offline);
    assertThat(result.failures())
        .hasSize(3)
        .allSatisfy(f -> assertThat(f).startsWith("cannot reach "));
    assertThat(result.failures().get(0))
        .isEqualTo(
            "cannot reach endoflife.date: connection to 127.0.0.1 refused or unreachable"
                + " (no network?)");
    assertThat(catalog.resolve("imported")).doesNotExist();
    assertThat(progress.toString())
        .contains("[2/2] flask: endoflife skipped github skipped depsdev skipped");
  }

  @Test
  void frameworksEndOfLifeDoesNotTrackAreSkippedNotFailed() {
    RefreshResult result = run(options(EnumSet.of(RefreshSource.ENDOFLIFE), false, "flask"));
    assertThat(result.ok()).isTrue();
    assertThat(result.written()).isEmpty();
    assertThat(progress.toString()).contains("flask: endoflife not tracked");
  }
}
