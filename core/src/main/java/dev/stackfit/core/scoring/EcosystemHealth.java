package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ecosystem and community health (guide, criterion 3): maturity and pre-1.0 status, who backs it,
 * the framework's and the runtime's support horizons against the project's lifespan, release
 * activity, and the imported community figures when the catalog has them.
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
    parts.add(maturity(framework, profile, context.today()));
    parts.add(backing(framework));
    parts.add(supportHorizon(framework, profile, context.today()));
    context
        .runtimeLifecycle(framework)
        .map(r -> runtimeHorizon(r, profile, context.today()))
        .ifPresent(parts::add);
    parts.add(releaseActivity(framework, context.today()));
    parts.addAll(CommunityHealth.score(framework, context.today(), parts));
    return CriterionScore.of(criterion(), parts);
  }

  private static SubFactorScore maturity(Framework framework, Profile profile, LocalDate today) {
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
      if (profile.project().lifespanYears() >= 3) {
        // A long-lived system meets many of those minors.
        score = Math.min(score, 0.3);
        reason +=
            String.format(
                Locale.ROOT,
                ", which a %.1f-year system will meet",
                profile.project().lifespanYears());
      }
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
        "governance: "
            + (note.isEmpty() ? framework.governance().value().id() : note)
            + framework.governance().verificationSuffix());
  }

  /**
   * A published policy with dates beats none; when the longest-supported line reaches end of life
   * inside the project's lifespan it costs points in proportion to the uncovered share, with the
   * date in the reason.
   */
  static SubFactorScore supportHorizon(Framework framework, Profile profile, LocalDate today) {
    Optional<Fact<List<Release>>> releases = framework.releases();
    Optional<Release> line = releases.flatMap(r -> longestSupported(r.value(), today));
    if (line.isPresent()) {
      Fact<List<Release>> fact = releases.get();
      return horizon("support-horizon", "line ", line.get(), profile, today, dated(fact, today));
    }
    if (releases.isPresent()
        && !releases.get().value().isEmpty()
        // With the full history, old lines have passed their end of life while current ones
        // have none announced yet: only when every line is dated and past is support over.
        && releases.get().value().stream().allMatch(r -> r.eol() != null)
        && framework.supportPolicy().isEmpty()) {
      return SubFactorScore.of(
          "support-horizon",
          0.2,
          0.25,
          "every release line with a known end of life has passed it"
              + dated(releases.get(), today));
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
        profile.project().lifespanYears() >= 3 ? 0.4 : 0.6,
        0.25,
        "no published support policy or end-of-life dates");
  }

  /** The runtime's support horizon: a runtime line that ends inside the lifespan costs points. */
  static SubFactorScore runtimeHorizon(RuntimeLifecycle runtime, Profile profile, LocalDate today) {
    String evidence = dated(runtime.releases(), today);
    Optional<Release> line = runtime.longestSupported(today);
    if (line.isEmpty()) {
      String reason =
          runtime.name() + ": no dated line runs past " + today + " in the data" + evidence;
      // Old data without a current line says little; a published policy still promises upgrades.
      return SubFactorScore.of(
          "runtime-horizon",
          runtime.supportPolicy().isPresent() ? 0.65 : 0.5,
          0.15,
          runtime.supportPolicy().map(p -> reason + "; policy: " + p.value()).orElse(reason));
    }
    SubFactorScore horizon =
        horizon("runtime-horizon", runtime.name() + " ", line.get(), profile, today, evidence);
    if (isStale(runtime.releases(), today)) {
      // Runtimes ship new lines on a schedule: with old data a newer line likely exists already,
      // so only half of the cost is charged.
      return new SubFactorScore(
          horizon.id(), (1 + horizon.score()) / 2, horizon.weight(), horizon.reasons());
    }
    return horizon;
  }

  private static SubFactorScore horizon(
      String id, String label, Release line, Profile profile, LocalDate today, String evidence) {
    double lifespanYears = profile.project().lifespanYears();
    LocalDate projectEnd = today.plusDays(Math.round(lifespanYears * 365.25));
    double weight = id.equals("support-horizon") ? 0.25 : 0.15;
    String name = label + line.line() + (line.lts() ? " (LTS)" : "");
    if (line.eol().isBefore(projectEnd)) {
      double coveredYears = Math.max(0, ChronoUnit.DAYS.between(today, line.eol()) / 365.25);
      double covered = Math.min(1, coveredYears / lifespanYears);
      // Upgrading to a newer line is normal; the cost is the forced upgrade inside the lifespan.
      return SubFactorScore.of(
          id,
          0.55 + 0.35 * covered,
          weight,
          String.format(
              Locale.ROOT,
              "%s reaches end of life %s, inside the %.1f-year lifespan: plan an upgrade%s",
              name,
              line.eol(),
              lifespanYears,
              evidence));
    }
    return SubFactorScore.of(id, 1, weight, name + " is supported until " + line.eol() + evidence);
  }

  /** Among lines whose end of life has not passed, the one supported longest. */
  static Optional<Release> longestSupported(List<Release> lines, LocalDate today) {
    return lines.stream()
        .filter(r -> r.eol() != null && !r.eol().isBefore(today))
        .max(Comparator.comparing(Release::eol));
  }

  /** " (as of D)", flagged when older than {@link #STALE_MONTHS}, and unverified when so. */
  private static String dated(Fact<?> fact, LocalDate today) {
    String text = " (as of " + fact.asOf() + fact.verificationSuffix() + ")";
    if (isStale(fact, today)) {
      text += "; stale: older than " + STALE_MONTHS + " months";
    }
    return text;
  }

  static boolean isStale(Fact<?> fact, LocalDate today) {
    return ChronoUnit.MONTHS.between(fact.asOf(), today) > STALE_MONTHS;
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
}
