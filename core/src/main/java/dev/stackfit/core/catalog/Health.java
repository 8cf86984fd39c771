package dev.stackfit.core.catalog;

import java.time.LocalDate;

/**
 * Community-health figures of a framework's main repository, as of one date. Any figure may be null
 * when no source gave it.
 *
 * @param asOf when the figures were taken
 * @param source id of the {@link Source} they came from
 * @param stars repository stars
 * @param contributors distinct contributors
 * @param releasesPerYear releases (including point releases) in the 12 months before {@code asOf}
 * @param medianFirstResponseDays CHAOSS time to first response on issues and pull requests, median
 * @param changeRequestClosureRatio CHAOSS change request closure ratio over the last year
 * @param contributorAbsenceFactor CHAOSS: fewest contributors making half of the commits
 * @param scorecard OpenSSF Scorecard aggregate, 0 to 10
 * @param archived whether the repository is archived
 */
public record Health(
    LocalDate asOf,
    String source,
    Integer stars,
    Integer contributors,
    Double releasesPerYear,
    Double medianFirstResponseDays,
    Double changeRequestClosureRatio,
    Integer contributorAbsenceFactor,
    Double scorecard,
    boolean archived) {
  public Health {
    if (asOf == null || source == null) {
      throw new IllegalArgumentException("health figures need an as-of date and a source");
    }
  }
}
