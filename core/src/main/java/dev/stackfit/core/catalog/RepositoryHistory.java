package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Figures read from a snapshot of a framework's git repository: activity windows (one per year end
 * and one ending at the snapshot) and every tagged release, so an evaluation as of a past day can
 * use the figures as they stood then.
 *
 * @param source id of the {@link Source} naming the repository and commit
 * @param commit the snapshot's newest default-branch commit (full id)
 * @param asOf that commit's date: what the figures are current to
 * @param activity windows sorted by their end date, oldest first; the last ends at {@code asOf}
 * @param releases tagged releases matching the framework's release-tag patterns, oldest first
 * @param firstReleaseDate the first release's exact date, when the tags give it (the earliest tag
 *     falls in the catalog's first-release year)
 * @param note what a reader should know about the snapshot (empty when nothing)
 */
public record RepositoryHistory(
    String source,
    String commit,
    LocalDate asOf,
    List<ActivityWindow> activity,
    List<TaggedRelease> releases,
    Optional<LocalDate> firstReleaseDate,
    String note) {
  public RepositoryHistory {
    if (source == null || commit == null || asOf == null || note == null) {
      throw new IllegalArgumentException("a repository history needs a source, commit and date");
    }
    activity = activity.stream().sorted(Comparator.comparing(ActivityWindow::asOf)).toList();
    releases =
        releases.stream()
            .sorted(Comparator.comparing(TaggedRelease::date).thenComparing(TaggedRelease::version))
            .toList();
    if (!activity.isEmpty() && activity.get(activity.size() - 1).asOf().isAfter(asOf)) {
      throw new IllegalArgumentException("an activity window ends after the snapshot " + asOf);
    }
  }

  /**
   * The newest activity window that ended on or before {@code day}: the figures as they stood that
   * day. Empty when every window ends later (or there are none).
   */
  public Optional<ActivityWindow> activityAsOf(LocalDate day) {
    ActivityWindow found = null;
    for (ActivityWindow window : activity) {
      if (!window.asOf().isAfter(day)) {
        found = window;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Tagged releases (pre-releases included) dated on or before {@code day}, oldest first. The
   * releases are sorted by date, so that is a prefix of them: found by binary search and returned
   * as a view, because every evaluation asks this for every framework and most ask it for a day
   * after the last tag (the whole list).
   */
  public List<TaggedRelease> releasesAsOf(LocalDate day) {
    int count = countOnOrBefore(day);
    return count == releases.size() ? releases : releases.subList(0, count);
  }

  /** The newest final release tagged on or before {@code day}. */
  public Optional<TaggedRelease> latestReleaseAsOf(LocalDate day) {
    for (int i = countOnOrBefore(day) - 1; i >= 0; i--) {
      if (!releases.get(i).preRelease()) {
        return Optional.of(releases.get(i));
      }
    }
    return Optional.empty();
  }

  /** How many releases are dated on or before {@code day} (the releases are sorted by date). */
  private int countOnOrBefore(LocalDate day) {
    int low = 0;
    int high = releases.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (releases.get(middle).date().isAfter(day)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
