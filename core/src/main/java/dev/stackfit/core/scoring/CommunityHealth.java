package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ecosystem-health sub-factors that come from community figures: the framework's git history
 * (activity, author spread, release recency; {@link RepositoryActivity}) and the figures imported
 * from GitHub and deps.dev (CHAOSS metrics, OpenSSF Scorecard). Figures dated after the evaluation
 * day are ignored; the newest on or before it count, and every reason names their date. A framework
 * without git figures for the day gets a neutral part instead, so the gap neither helps nor hurts.
 */
final class CommunityHealth {
  private CommunityHealth() {}

  /**
   * The community parts for {@code framework} on {@code today}; {@code others} are the criterion's
   * other parts, whose weighted mean a neutral part takes.
   */
  static List<SubFactorScore> score(
      Framework framework, LocalDate today, List<SubFactorScore> others) {
    Optional<Health> health = framework.health().filter(h -> !h.asOf().isAfter(today));
    if (health.isPresent() && health.get().archived()) {
      return List.of(
          SubFactorScore.of(
              "community",
              0,
              0.5,
              "repository is archived: no further maintenance"
                  + evidence(framework, health.get().source(), health.get().asOf(), today)));
    }
    List<SubFactorScore> parts = new ArrayList<>();
    Optional<ActivityWindow> window = framework.activityAsOf(today);
    if (window.isPresent() && !isStale(window.get().asOf(), today)) {
      String commit = window.get().commit();
      String evidence =
          " (git history of "
              + framework.repository()
              + " at "
              + commit.substring(0, Math.min(12, commit.length()))
              + ")";
      parts.addAll(RepositoryActivity.score(window.get(), evidence));
    } else {
      parts.add(neutral(framework, window, today, others));
    }
    health.ifPresent(h -> parts.addAll(imported(framework, h, window.isPresent(), today)));
    return parts;
  }

  /** A part at the mean of the others: the criterion's score stays what it would be without it. */
  private static SubFactorScore neutral(
      Framework framework,
      Optional<ActivityWindow> window,
      LocalDate today,
      List<SubFactorScore> others) {
    String why;
    if (window.isPresent()) {
      why =
          "git-history figures as of "
              + window.get().asOf()
              + " are more than "
              + EcosystemHealth.STALE_MONTHS
              + " months old";
    } else if (framework.history().isPresent()) {
      why = "no git-history figures as of " + today;
    } else {
      why = framework.git().unavailable().orElse("no git-history figures in the catalog");
    }
    return SubFactorScore.of(
        SubFactorScore.MISSING_COMMUNITY_FIGURES,
        weightedMean(others),
        RepositoryActivity.TOTAL_WEIGHT,
        why + ": neither rewarded nor punished (scored at the mean of the other factors)");
  }

  /** The GitHub and deps.dev figures; git's own figures take the place of cadence and spread. */
  private static List<SubFactorScore> imported(
      Framework framework, Health health, boolean hasGit, LocalDate today) {
    String evidence = evidence(framework, health.source(), health.asOf(), today);
    List<SubFactorScore> parts = new ArrayList<>();
    if (health.releasesPerYear() != null && !hasGit) {
      parts.add(cadence(health.releasesPerYear(), evidence));
    }
    if (health.medianFirstResponseDays() != null) {
      parts.add(responsiveness(health.medianFirstResponseDays(), evidence));
    }
    if (health.contributorAbsenceFactor() != null && !hasGit) {
      parts.add(spread(health.contributorAbsenceFactor(), evidence));
    }
    if (health.changeRequestClosureRatio() != null) {
      double ratio = health.changeRequestClosureRatio();
      parts.add(
          SubFactorScore.of(
              "change-request-closure",
              Math.min(1, ratio),
              0.1,
              String.format(Locale.ROOT, "change request closure ratio %.2f%s", ratio, evidence)));
    }
    if (health.scorecard() != null) {
      parts.add(
          SubFactorScore.of(
              "security-practices",
              health.scorecard() / 10,
              0.1,
              String.format(
                  Locale.ROOT, "OpenSSF Scorecard %.1f/10%s", health.scorecard(), evidence)));
    }
    return parts;
  }

  /** CHAOSS release frequency, counting point releases: a steady cadence signals upkeep. */
  static SubFactorScore cadence(double perYear, String evidence) {
    double score = perYear >= 6 ? 1 : perYear >= 2 ? 0.8 : perYear >= 1 ? 0.55 : 0.15;
    return SubFactorScore.of(
        "release-cadence",
        score,
        0.15,
        String.format(Locale.ROOT, "%.0f releases in the past year%s", perYear, evidence));
  }

  static SubFactorScore responsiveness(double days, String evidence) {
    double score = days <= 2 ? 1 : days <= 7 ? 0.75 : days <= 30 ? 0.4 : 0.1;
    return SubFactorScore.of(
        "responsiveness",
        score,
        0.15,
        String.format(Locale.ROOT, "median time to first response %.1f days%s", days, evidence));
  }

  /** Contributor absence factor: with one or two people doing half the work, losing one hurts. */
  static SubFactorScore spread(int factor, String evidence) {
    double score = factor >= 5 ? 1 : factor >= 3 ? 0.75 : factor == 2 ? 0.45 : 0.2;
    String reason = "contributor absence factor " + factor + evidence;
    if (factor <= 1) {
      reason += ": one person makes half of the commits";
    }
    return SubFactorScore.of("contributor-spread", score, 0.15, reason);
  }

  static double weightedMean(List<SubFactorScore> parts) {
    double total = 0;
    double weights = 0;
    for (SubFactorScore part : parts) {
      total += part.score() * part.weight();
      weights += part.weight();
    }
    return weights == 0 ? 0.5 : total / weights;
  }

  private static boolean isStale(LocalDate asOf, LocalDate today) {
    return ChronoUnit.MONTHS.between(asOf, today) > EcosystemHealth.STALE_MONTHS;
  }

  private static String evidence(
      Framework framework, String sourceId, LocalDate asOf, LocalDate today) {
    Source source = framework.sources().get(sourceId);
    String title = source == null ? sourceId : source.title();
    String text = " (" + title + ", as of " + asOf + ")";
    if (isStale(asOf, today)) {
      text += "; stale: older than " + EcosystemHealth.STALE_MONTHS + " months";
    }
    return text;
  }
}
