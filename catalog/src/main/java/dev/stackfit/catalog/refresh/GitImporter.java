package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.refresh.GitLog.Commit;
import dev.stackfit.catalog.refresh.GitLog.Tag;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.TaggedRelease;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Community figures from a framework's own git history (docs/catalog-refresh.md): activity windows
 * of 12 months (commits, people, contributor absence factor, releases, last release), every tagged
 * release, and the first release's date when the tags give it. Dated with the newest commit of the
 * repository's default branch.
 */
final class GitImporter implements Importer {
  /** A snapshot older than this is history, not a picture of the project today. */
  static final int STALE_MONTHS = 18;

  private final String location;
  private final Path cacheDir;
  private final GitCli git;
  private final LocalDate today;
  private final PrintWriter progress;

  GitImporter(String location, Path cacheDir, GitCli git, LocalDate today, PrintWriter progress) {
    this.location = location;
    this.cacheDir = cacheDir;
    this.git = git;
    this.today = today;
    this.progress = progress;
  }

  @Override
  public RefreshSource source() {
    return RefreshSource.GIT;
  }

  @Override
  public Optional<Contribution> fetch(Framework framework) {
    if (framework.git().releaseTags().isEmpty()) {
      throw new BadInputException(
          "frameworks/"
              + framework.id()
              + ".yaml has no git.releaseTags: add the patterns its release tags follow, such"
              + " as [\"v*\"]");
    }
    GitRepository repository = GitRepository.open(git, location, cacheDir);
    List<Commit> commits = GitLog.commits(repository);
    Commit head = commits.get(0);
    List<TaggedRelease> releases = releases(GitLog.tags(repository), framework);
    ActivityFigures figures = new ActivityFigures(commits, releases);
    List<ActivityWindow> windows = figures.windows(head.date());
    ActivityWindow current = windows.get(windows.size() - 1);
    progress.printf(
        " (%d commits by %d people in the 12 months to %s; %d bot commits left out there)",
        current.commits(), current.authors(), current.asOf(), current.botCommits());
    Optional<LocalDate> first = firstRelease(releases, framework);
    RepositoryHistory history =
        new RepositoryHistory(
            source().sourceId(),
            head.id(),
            head.date(),
            windows,
            releases,
            first,
            note(releases, first, framework, head.date()));
    return Optional.of(
        new Contribution(
            Optional.empty(),
            Optional.empty(),
            Optional.of(history),
            Optional.of(cites(framework, head))));
  }

  /** Tags that match the framework's patterns; a version tagged twice keeps its first date. */
  static List<TaggedRelease> releases(List<Tag> tags, Framework framework) {
    ReleaseTags patterns = new ReleaseTags(framework.git().releaseTags());
    Map<String, TaggedRelease> byVersion = new LinkedHashMap<>();
    for (Tag tag : tags) {
      patterns
          .match(tag.name())
          .filter(v -> v.kind() != ReleaseTags.Kind.OTHER)
          .ifPresent(
              v ->
                  byVersion.merge(
                      v.version(),
                      new TaggedRelease(
                          v.version(), tag.date(), v.kind() == ReleaseTags.Kind.PRE_RELEASE),
                      (a, b) -> a.date().isAfter(b.date()) ? b : a));
    }
    return new ArrayList<>(byVersion.values());
  }

  /**
   * The earliest final release among the tags (pre-releases only when there is none), when it falls
   * in the catalog's first-release year; otherwise the tags do not date the first release.
   */
  private static Optional<LocalDate> firstRelease(
      List<TaggedRelease> releases, Framework framework) {
    return earliest(releases)
        .map(TaggedRelease::date)
        .filter(d -> d.getYear() == framework.firstRelease().value());
  }

  private static Optional<TaggedRelease> earliest(List<TaggedRelease> releases) {
    Comparator<TaggedRelease> byDate = Comparator.comparing(TaggedRelease::date);
    return releases.stream()
        .filter(r -> !r.preRelease())
        .min(byDate)
        .or(() -> releases.stream().min(byDate));
  }

  private String note(
      List<TaggedRelease> releases,
      Optional<LocalDate> first,
      Framework framework,
      LocalDate snapshot) {
    List<String> notes = new ArrayList<>();
    if (ChronoUnit.MONTHS.between(snapshot, today) > STALE_MONTHS) {
      notes.add(
          "the snapshot ends "
              + snapshot
              + ", more than "
              + STALE_MONTHS
              + " months before "
              + today
              + ": its figures are history, not the project today");
    }
    if (releases.isEmpty()) {
      notes.add("no tag matches " + framework.git().releaseTags());
    } else if (first.isEmpty()) {
      TaggedRelease earliest = earliest(releases).orElseThrow();
      notes.add(
          "the earliest final release tag ("
              + earliest.version()
              + ", "
              + earliest.date()
              + ") is not in the first-release year "
              + framework.firstRelease().value()
              + ", so the tags do not date the first release");
    }
    return String.join("; ", notes);
  }

  private Source cites(Framework framework, Commit head) {
    return new Source(
        source().sourceId(),
        "git history of "
            + framework.repository()
            + " at "
            + head.id().substring(0, 12)
            + " ("
            + head.date()
            + "): commits, authors (.mailmap applied, bots left out) and release tags",
        "https://github.com/" + framework.repository() + "/tree/" + head.id(),
        today);
  }
}
