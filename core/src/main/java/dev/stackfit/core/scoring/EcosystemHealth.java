package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ecosystem and community health (guide, criterion 3): maturity and pre-1.0 status, who backs it,
 * the support horizon against the project's lifespan, release activity, and community figures when
 * the catalog has them.
 */
final class EcosystemHealth implements CriterionScorer {
  /** Catalog data older than this is flagged as stale in reasons. */
  static final long STALE_MONTHS = 18;

  @Override
  public Criterion criterion() {
    return Criterion.ECOSYSTEM_HEALTH;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    List<SubFactorScore> parts = new ArrayList<>();
    parts.add(maturity(framework, context.today()));
    parts.add(backing(framework));
    parts.add(supportHorizon(framework, profile, context.today()));
    parts.add(releaseActivity(framework, context.today()));
    framework.health().map(h -> community(h, context.today())).ifPresent(parts::add);
    return CriterionScore.of(criterion(), parts);
  }

  private static SubFactorScore maturity(Framework framework, LocalDate today) {
    int age = today.getYear() - framework.firstRelease().value();
    Version version = framework.version().value();
    double score = Math.min(1, age / 8.0);
    String reason =
        "first released "
            + framework.firstRelease().value()
            + " ("
            + age
            + " years)"
            + framework.firstRelease().verificationSuffix();
    if (version.preOne()) {
      score = Math.min(score, 0.45);
      reason += "; still pre-1.0 (" + version.latest() + "): breaking changes may come in minors";
    }
    return SubFactorScore.of("maturity", score, 0.3, reason);
  }

  private static SubFactorScore backing(Framework framework) {
    double score =
        switch (framework.governance().value()) {
          case FOUNDATION -> 1.0;
          case COMPANY -> 0.85;
          case COMMUNITY -> 0.65;
          case INDIVIDUAL -> 0.5;
        };
    String note = framework.governance().note();
    return SubFactorScore.of(
        "backing",
        score,
        0.2,
        "backed by "
            + (note.isEmpty() ? framework.governance().value().id() : note)
            + framework.governance().verificationSuffix());
  }

  /**
   * A published policy with dates beats none; a line whose end of life falls inside the project's
   * lifespan costs points in proportion to the uncovered share, with the date in the reason.
   */
  static SubFactorScore supportHorizon(Framework framework, Profile profile, LocalDate today) {
    double lifespanYears = profile.project().lifespanYears();
    LocalDate projectEnd = today.plusDays(Math.round(lifespanYears * 365.25));
    Optional<Release> current = currentLine(framework);
    if (current.isPresent() && current.get().eol() != null) {
      Release line = current.get();
      double coveredYears = Math.max(0, ChronoUnit.DAYS.between(today, line.eol()) / 365.25);
      boolean lts = line.lts();
      if (line.eol().isBefore(projectEnd)) {
        double covered = Math.min(1, coveredYears / lifespanYears);
        // Upgrading to a newer line is normal; the cost is the forced upgrade inside the lifespan.
        double score = 0.55 + 0.35 * covered;
        return SubFactorScore.of(
            "support-horizon",
            score,
            0.25,
            String.format(
                Locale.ROOT,
                "line %s reaches end of life %s, inside the %.1f-year lifespan: plan an upgrade",
                line.line(),
                line.eol(),
                lifespanYears));
      }
      return SubFactorScore.of(
          "support-horizon",
          1,
          0.25,
          "line " + line.line() + (lts ? " (LTS)" : "") + " is supported until " + line.eol());
    }
    if (framework.supportPolicy().isPresent()) {
      Fact<String> policy = framework.supportPolicy().get();
      return SubFactorScore.of(
          "support-horizon",
          0.8,
          0.25,
          "published support policy" + policy.verificationSuffix() + ": " + policy.value());
    }
    return SubFactorScore.of(
        "support-horizon",
        lifespanYears >= 3 ? 0.4 : 0.6,
        0.25,
        "no published support policy or end-of-life dates");
  }

  static Optional<Release> currentLine(Framework framework) {
    return framework.releases().flatMap(r -> r.value().stream().findFirst());
  }

  private static SubFactorScore releaseActivity(Framework framework, LocalDate today) {
    Version version = framework.version().value();
    if (version.latestDate() == null) {
      return SubFactorScore.of("release-activity", 0.5, 0.25, "date of the latest release unknown");
    }
    long months = ChronoUnit.MONTHS.between(version.latestDate(), today);
    double score = months <= 3 ? 1 : months <= 12 ? 0.75 : months <= 24 ? 0.4 : 0.1;
    String reason =
        "latest release "
            + version.latest()
            + " on "
            + version.latestDate()
            + " ("
            + months
            + " months ago)";
    if (ChronoUnit.MONTHS.between(framework.version().asOf(), today) > STALE_MONTHS) {
      reason += "; catalog data is stale (as of " + framework.version().asOf() + ")";
    }
    return SubFactorScore.of("release-activity", score, 0.25, reason);
  }

  private static SubFactorScore community(Health health, LocalDate today) {
    List<String> reasons = new ArrayList<>();
    double total = 0;
    int parts = 0;
    if (health.archived()) {
      return SubFactorScore.of(
          "community", 0, 0.3, "repository is archived (as of " + health.asOf() + ")");
    }
    if (health.contributorAbsenceFactor() != null) {
      int caf = health.contributorAbsenceFactor();
      total += Math.min(1, caf / 5.0);
      parts++;
      reasons.add("contributor absence factor " + caf + " (as of " + health.asOf() + ")");
    }
    if (health.scorecard() != null) {
      total += health.scorecard() / 10;
      parts++;
      reasons.add(String.format(Locale.ROOT, "OpenSSF Scorecard %.1f/10", health.scorecard()));
    }
    if (health.medianFirstResponseDays() != null) {
      double days = health.medianFirstResponseDays();
      total += days <= 2 ? 1 : days <= 7 ? 0.7 : days <= 30 ? 0.4 : 0.1;
      parts++;
      reasons.add(String.format(Locale.ROOT, "median first response %.1f days", days));
    }
    if (ChronoUnit.MONTHS.between(health.asOf(), today) > STALE_MONTHS) {
      reasons.add("health data is stale (as of " + health.asOf() + ")");
    }
    if (parts == 0) {
      return SubFactorScore.of("community", 0.5, 0.1, "no community-health figures");
    }
    return new SubFactorScore("community", total / parts, 0.3, reasons);
  }
}
