package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.ActivityWindow;
import java.util.List;

/**
 * The ecosystem-health sub-factors read from a framework's git history (docs/engine.md): activity,
 * author spread and release recency over the 12 months up to the window's date, which every reason
 * names.
 */
final class RepositoryActivity {
  /** Weight of each of the three sub-factors. */
  static final double WEIGHT = 0.15;

  /** Their combined weight: what a framework without figures gets as a neutral part. */
  static final double TOTAL_WEIGHT = 3 * WEIGHT;

  private RepositoryActivity() {}

  static List<SubFactorScore> score(ActivityWindow w, String evidence) {
    return List.of(activity(w, evidence), authorSpread(w, evidence), releaseRecency(w, evidence));
  }

  /** Commits by people in the window: a steady flow signals upkeep, a trickle a quiet project. */
  static SubFactorScore activity(ActivityWindow w, String evidence) {
    int n = w.commits();
    double score = n >= 200 ? 1 : n >= 50 ? 0.85 : n >= 12 ? 0.65 : n >= 1 ? 0.35 : 0.05;
    String reason =
        Text.grouped(n)
            + " commits by people in the 12 months to "
            + w.asOf()
            + (w.botCommits() > 0
                ? " (" + Text.grouped(w.botCommits()) + " by bots left out)"
                : "");
    return SubFactorScore.of("activity", score, WEIGHT, reason + evidence);
  }

  /**
   * The contributor absence factor (fewest people making half the commits), helped a little by how
   * many people contributed at all: with one person doing half the work, losing them hurts.
   */
  static SubFactorScore authorSpread(ActivityWindow w, String evidence) {
    Integer factor = w.contributorAbsenceFactor();
    if (factor == null) {
      return SubFactorScore.of(
          "author-spread",
          0.1,
          WEIGHT,
          "nobody committed in the 12 months to " + w.asOf() + evidence);
    }
    double core = factor >= 5 ? 1 : factor >= 3 ? 0.75 : factor == 2 ? 0.5 : 0.25;
    double breadth = Math.min(1, w.authors() / 50.0);
    String reason =
        Text.grouped(w.authors())
            + (w.authors() == 1 ? " person" : " people")
            + " committed in the 12 months to "
            + w.asOf()
            + "; contributor absence factor "
            + factor
            + (factor == 1 ? " (one person made half of the commits)" : "");
    return SubFactorScore.of(
        "author-spread", 0.7 * core + 0.3 * breadth, WEIGHT, reason + evidence);
  }

  /** Days from the last final release to the window's end; pre-releases are counted apart. */
  static SubFactorScore releaseRecency(ActivityWindow w, String evidence) {
    String counts =
        w.releases()
            + (w.releases() == 1 ? " release" : " releases")
            + (w.preReleases() > 0 ? " and " + w.preReleases() + " pre-releases" : "")
            + " in the 12 months to "
            + w.asOf();
    if (w.lastRelease() == null) {
      return SubFactorScore.of(
          "release-recency", 0.1, WEIGHT, "no tagged release yet; " + counts + evidence);
    }
    long days = w.daysSinceLastRelease().orElseThrow();
    double score =
        days <= 90 ? 1 : days <= 180 ? 0.85 : days <= 365 ? 0.65 : days <= 730 ? 0.35 : 0.1;
    String reason =
        "last release "
            + w.lastRelease()
            + " on "
            + w.lastReleaseDate()
            + ", "
            + days
            + (days == 1 ? " day" : " days")
            + " before "
            + w.asOf()
            + "; "
            + counts;
    return SubFactorScore.of("release-recency", score, WEIGHT, reason + evidence);
  }
}
