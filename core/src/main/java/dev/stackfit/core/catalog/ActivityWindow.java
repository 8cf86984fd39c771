package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a framework's git history shows for the 12 months up to {@code asOf}: commits and their
 * authors on the default branch (merges and bots left out), and the tagged releases.
 *
 * @param asOf the last day of the window: the snapshot's newest commit date, or a year end
 * @param commit the newest default-branch commit on or before {@code asOf} (full id)
 * @param commits non-merge commits by people in the window
 * @param authors distinct people among those commits' authors (.mailmap applied)
 * @param botCommits non-merge commits left out because a bot or coding agent authored them
 * @param contributorAbsenceFactor CHAOSS: the fewest authors making half of {@code commits}; null
 *     when there were no commits
 * @param releases final (non-pre-release) tagged releases in the window
 * @param preReleases pre-releases tagged in the window, counted apart
 * @param lastRelease the newest final release on or before {@code asOf}; null when none
 * @param lastReleaseDate its date; null when none
 */
public record ActivityWindow(
    LocalDate asOf,
    String commit,
    int commits,
    int authors,
    int botCommits,
    Integer contributorAbsenceFactor,
    int releases,
    int preReleases,
    String lastRelease,
    LocalDate lastReleaseDate) {
  /** The window's length: the and CHAOSS's "last year". */
  public static final int MONTHS = 12;

  public ActivityWindow {
    if (asOf == null || commit == null || commit.isBlank()) {
      throw new IllegalArgumentException("an activity window needs an end date and a commit");
    }
    if (commits < 0 || authors < 0 || botCommits < 0 || releases < 0 || preReleases < 0) {
      throw new IllegalArgumentException("activity counts cannot be negative");
    }
    if ((lastRelease == null) != (lastReleaseDate == null)) {
      throw new IllegalArgumentException("the last release needs both a version and a date");
    }
    if (lastReleaseDate != null && lastReleaseDate.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "last release " + lastReleaseDate + " is after the window's end " + asOf);
    }
  }

  /** The first day after which commits and releases count: {@code asOf} minus 12 months. */
  public LocalDate windowStart() {
    return asOf.minusMonths(MONTHS);
  }

  /** Days from the last final release to {@code asOf}; empty when there was none. */
  public Optional<Long> daysSinceLastRelease() {
    return Optional.ofNullable(lastReleaseDate).map(d -> ChronoUnit.DAYS.between(d, asOf));
  }
}
