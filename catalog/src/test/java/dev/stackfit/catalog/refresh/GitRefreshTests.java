package dev.stackfit.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.catalog.CatalogValidator;
import dev.stackfit.core.Problem;
import dev.stackfit.core.StackfitException;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.TaggedRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refresh --source git} against small repositories the tests build. */
class GitRefreshTests {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @TempDir Path temp;
  private Path catalog;
  private GitFixture repo;
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void setUp() throws IOException, URISyntaxException {
    catalog = temp.resolve("catalog");
    Files.createDirectories(catalog.resolve("frameworks"));
    Path tiny = Path.of(getClass().getResource("/catalogs/valid/frameworks/tiny-web.yaml").toURI());
    String text = Files.readString(tiny);
    Files.writeString(
        catalog.resolve("frameworks/tiny-web.yaml"),
        text.replace(
            "repository: example/tiny-web\n",
            "repository: example/tiny-web\ngit:\n  releaseTags: [\"web-v*\", \"v*\"]\n"));
    repo = history(temp.resolve("tiny-web"));
  }

  /**
   * First release 0.1.0 in 2019 (the catalog's first-release year); in the year to 2026-06-30 Ann
   * makes 3 commits (one from a laptop identity that .mailmap maps to her), Bob 1, two bots 3, and
   * Ann merges a branch; releases 1.0.0 and 1.1.0 with a release candidate between them.
   */
  private static GitFixture history(Path dir) throws IOException {
    return GitFixture.init(dir)
        .commitFile(
            ".mailmap",
            "Ann <ann@example.org> ann-laptop <ann@laptop.local>\n",
            "Ann",
            "ann@example.org",
            "2019-03-01")
        .tag("v0.1.0")
        .commit("Bob", "bob@example.org", "2019-06-01")
        .commit("Bob", "bob@example.org", "2020-02-01")
        .annotatedTag("v0.2.0", "2020-02-02")
        .commit("Ann", "ann@example.org", "2025-08-01")
        .annotatedTag("web-v1.0.0", "2025-09-01")
        .annotatedTag("http-v3.0.0", "2025-09-01")
        .commit("ann-laptop", "ann@laptop.local", "2025-10-01")
        .commit(
            "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "2025-11-01")
        .commit(
            "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "2025-12-01")
        .commit("Claude", "noreply@anthropic.com", "2026-01-05")
        .annotatedTag("web-v1.1.0-rc.1", "2026-01-10")
        .branch("feature")
        .commit("Bob", "bob@example.org", "2026-01-20")
        .checkout("main")
        .commit("Ann", "ann@example.org", "2026-01-25")
        .merge("feature", "Ann", "2026-01-30")
        .annotatedTag("web-v1.1.0", "2026-02-01")
        .commit("Ann", "ann@example.org", "2026-06-30");
  }

  private RefreshOptions options(String repoLocation, boolean dryRun) {
    return new RefreshOptions(
        catalog,
        EnumSet.of(RefreshSource.GIT),
        Optional.of("tiny-web"),
        dryRun,
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        TODAY,
        new LocalSources(Optional.empty(), Optional.of(repoLocation), temp.resolve("cache")));
  }

  private RefreshResult run(String repoLocation) {
    return new Refresher(options(repoLocation, false), new PrintWriter(progress)).run();
  }

  private RepositoryHistory loaded() {
    Framework tiny = new CatalogLoader().load(catalog).find("tiny-web").orElseThrow();
    return tiny.history().orElseThrow();
  }

  @Test
  void countsPeopleCommitsAndReleasesInTheYearBeforeTheNewestCommit() {
    RefreshResult result = run(repo.dir().toString());
    assertThat(result.failures()).isEmpty();
    RepositoryHistory history = loaded();
    assertThat(history.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(history.commit()).hasSize(40);
    ActivityWindow now = history.activity().get(history.activity().size() - 1);
    assertThat(now.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(now.commit()).isEqualTo(history.commit());
    // Ann 4 (her laptop identity joined by .mailmap), Bob 1; the merge and 3 bot commits left out.
    assertThat(now.commits()).isEqualTo(5);
    assertThat(now.authors()).isEqualTo(2);
    assertThat(now.botCommits()).isEqualTo(3);
    assertThat(now.contributorAbsenceFactor()).isEqualTo(1);
    assertThat(now.releases()).isEqualTo(2);
    assertThat(now.preReleases()).isEqualTo(1);
    assertThat(now.lastRelease()).isEqualTo("1.1.0");
    assertThat(now.lastReleaseDate()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(now.daysSinceLastRelease()).contains(149L);
    assertThat(progress.toString()).contains("3 bot commits left out");
  }

  @Test
  void keepsEveryTaggedReleaseAndDatesTheFirstRelease() {
    run(repo.dir().toString());
    RepositoryHistory history = loaded();
    assertThat(history.releases())
        .containsExactly(
            new TaggedRelease("0.1.0", LocalDate.of(2019, 3, 1), false),
            new TaggedRelease("0.2.0", LocalDate.of(2020, 2, 2), false),
            new TaggedRelease("1.0.0", LocalDate.of(2025, 9, 1), false),
            new TaggedRelease("1.1.0-rc.1", LocalDate.of(2026, 1, 10), true),
            new TaggedRelease("1.1.0", LocalDate.of(2026, 2, 1), false));
    assertThat(history.firstReleaseDate()).contains(LocalDate.of(2019, 3, 1));
    assertThat(history.note()).isEmpty();
  }

  @Test
  void keepsAWindowPerYearEndSoAPastDaySeesTheFiguresOfItsTime() {
    run(repo.dir().toString());
    RepositoryHistory history = loaded();
    assertThat(history.activity())
        .extracting(ActivityWindow::asOf)
        .containsExactly(
            LocalDate.of(2019, 12, 31),
            LocalDate.of(2020, 12, 31),
            LocalDate.of(2021, 12, 31),
            LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 6, 30));
    ActivityWindow in2020 = history.activityAsOf(LocalDate.of(2021, 6, 1)).orElseThrow();
    assertThat(in2020.asOf()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(in2020.commits()).isEqualTo(1);
    assertThat(in2020.lastRelease()).isEqualTo("0.2.0");
    ActivityWindow quiet = history.activityAsOf(LocalDate.of(2023, 1, 1)).orElseThrow();
    assertThat(quiet.commits()).isZero();
    assertThat(quiet.contributorAbsenceFactor()).isNull();
    assertThat(history.activityAsOf(LocalDate.of(2019, 6, 1))).isEmpty();
    assertThat(history.releasesAsOf(LocalDate.of(2025, 12, 31)))
        .extracting(TaggedRelease::version)
        .containsExactly("0.1.0", "0.2.0", "1.0.0");
  }

  @Test
  void aBareSnapshotGivesTheSameFiguresAsTheWorkTree() throws IOException {
    run(repo.dir().toString());
    RepositoryHistory fromWorkTree = loaded();
    Path bare = repo.bareClone(temp.resolve("tiny-web.git"));
    run(bare.toString());
    assertThat(loaded()).isEqualTo(fromWorkTree);
  }

  @Test
  void aUrlIsClonedIntoTheCacheAndFetchedAgainLater() throws IOException {
    String url = repo.dir().toUri().toString();
    assertThat(run(url).failures()).isEmpty();
    assertThat(temp.resolve("cache").resolve(GitRepository.cacheName(url))).isDirectory();
    repo.commit("Bob", "bob@example.org", "2026-07-15");
    assertThat(run(url).failures()).isEmpty();
    assertThat(loaded().asOf()).isEqualTo(LocalDate.of(2026, 7, 15));
  }

  @Test
  void theWrittenFileReadsBackAndPassesTheValidator() {
    run(repo.dir().toString());
    List<Problem> errors = new CatalogValidator().validate(catalog, TODAY).errors();
    assertThat(errors).extracting(Problem::toString).isEmpty();
    assertThat(catalog.resolve("imported/tiny-web.yaml"))
        .content()
        .contains("source: imported-git");
  }

  @Test
  void aDryRunWritesNothing() {
    RefreshResult result =
        new Refresher(options(repo.dir().toString(), true), new PrintWriter(progress)).run();
    assertThat(result.changes()).contains("tiny-web: + history.release 1.1.0 (2026-02-01)");
    assertThat(result.written()).isEmpty();
    assertThat(catalog.resolve("imported")).doesNotExist();
  }

  @Test
  void aFirstTagOutsideTheFirstReleaseYearDatesNothingAndSaysWhy() throws IOException {
    Path file = catalog.resolve("frameworks/tiny-web.yaml");
    Files.writeString(file, Files.readString(file).replace("value: 2019,", "value: 2018,"));
    run(repo.dir().toString());
    assertThat(loaded().firstReleaseDate()).isEmpty();
    assertThat(loaded().note())
        .contains("earliest final release tag (0.1.0, 2019-03-01)")
        .contains("first-release year 2018");
  }

  @Test
  void anOldSnapshotIsMarkedAsHistory() {
    RefreshOptions late =
        new RefreshOptions(
            catalog,
            EnumSet.of(RefreshSource.GIT),
            Optional.of("tiny-web"),
            false,
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            LocalDate.of(2028, 6, 1),
            new LocalSources(
                Optional.empty(), Optional.of(repo.dir().toString()), temp.resolve("cache")));
    new Refresher(late, new PrintWriter(progress)).run();
    assertThat(loaded().note()).contains("the snapshot ends 2026-06-30, more than 18 months");
  }

  @Test
  void aPathThatIsNoRepositoryIsBadInput() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertThatThrownBy(() -> run(empty.toString()))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("is not a git repository");
    assertThatThrownBy(() -> run(temp.resolve("missing").toString()))
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFrameworkWithoutReleaseTagPatternsIsBadInput() throws IOException {
    Path file = catalog.resolve("frameworks/tiny-web.yaml");
    Files.writeString(
        file, Files.readString(file).replace("git:\n  releaseTags: [\"web-v*\", \"v*\"]\n", ""));
    assertThatThrownBy(() -> run(repo.dir().toString()))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("has no git.releaseTags");
  }

  @Test
  void gitNeedsARepositoryAndAFramework() {
    RefreshOptions noFramework =
        new RefreshOptions(
            catalog,
            EnumSet.of(RefreshSource.GIT),
            Optional.empty(),
            false,
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            TODAY,
            new LocalSources(
                Optional.empty(), Optional.of(repo.dir().toString()), temp.resolve("cache")));
    assertThatThrownBy(() -> new Refresher(noFramework, new PrintWriter(progress)).run())
        .hasMessage("--source git reads one repository: name its framework with --framework ID");
  }

  @Test
  void aCloneThatFailsFailsTheSourceAndWritesNothing() {
    RefreshResult result = run("file:///nonexistent/repository.git");
    assertThat(result.ok()).isFalse();
    assertThat(result.failures()).singleElement().asString().startsWith("git clone failed: ");
    assertThat(catalog.resolve("imported")).doesNotExist();
  }
}
