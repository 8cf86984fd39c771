package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ecosystem-health sub-factors that come from imported community figures (CHAOSS metrics,
 * release cadence, OpenSSF Scorecard); each appears only when the catalog has its figure, and every
 * reason names the figure's source and date.
 */
final class CommunityHealth {
  private CommunityHealth() {}

  static List<SubFactorScore> score(Framework framework, LocalDate today) {
    if (framework.health().isEmpty()) {
      // Absent figures must not move the score; ranking on what nobody measured would be noise.
      return List.of();
    }
    Health health = framework.health().get();
    String evidence = evidence(framework, health, today);
    if (health.archived()) {
      return List.of(
          SubFactorScore.of(
              "community", 0, 0.5, "repository is archived: no further maintenance" + evidence));
    }
    List<SubFactorScore> parts = new ArrayList<>();
    if (health.releasesPerYear() != null) {
      parts.add(cadence(health.releasesPerYear(), evidence));
    }
    if (health.medianFirstResponseDays() != null) {
      parts.add(responsiveness(health.medianFirstResponseDays(), evidence));
    }
    if (health.contributorAbsenceFactor() != null) {
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
    return parts.isEmpty()
        ? List.of(
            SubFactorScore.of("community", 0.5, 0.1, "no community-health figures" + evidence))
        : parts;
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

  private static String evidence(Framework framework, Health health, LocalDate today) {
    Source source = framework.sources().get(health.source());
    String title = source == null ? health.source() : source.title();
    String text = " (" + title + ", as of " + health.asOf() + ")";
    if (ChronoUnit.MONTHS.between(health.asOf(), today) > EcosystemHealth.STALE_MONTHS) {
      text += "; stale: older than " + EcosystemHealth.STALE_MONTHS + " months";
    }
    return text;
  }
}
