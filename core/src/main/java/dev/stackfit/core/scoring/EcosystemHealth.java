package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RuntimeLifecycle;
import dev.stackfit.core.catalog.TaggedRelease;
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
        .flatMap(r -> runtimeHorizon(r, profile, context.today()))
        .ifPresent(parts::add);
    parts.add(releaseActivity(framework, context.today(), parts));
    parts.addAll(CommunityHealth.score(framework, context.today(), parts));
    return CriterionScore.of(criterion(), parts);
  }

  /**
   * Age, and for a project still before 1.0 the risk that minors break it: a young pre-1.0 project
   * carries that risk in full, one with years of frequent releases and many contributors (FastAPI)
   * much less, because the version number alone is not immaturity.
   */
  static SubFactorScore maturity(Framework framework, Profile profile, LocalDate today) {
    int age = Math.max(0, today.getYear() - framework.firstRelease().value());
    Version version = framework.version().value();
    long released =
        framework.taggedReleasesAsOf(today).stream().filter(r -> !r.preRelease()).count();
    // Age and, where the tags tell it, the release history: 8 years or 40 releases count in full.
    double score =
        released > 0
            ? (Math.min(1, age / 8.0) + Math.min(1, released / 40.0)) / 2
            : Math.min(1, age / 8.0);
    String reason =
        "first released "
            + framework.firstRelease().value()
            + (age == 0 ? " (this year)" : " (" + age + (age == 1 ? " year)" : " years)"))
            + framework.firstRelease().verificationSuffix()
            + (released > 0 ? ", " + released + " releases tagged by " + today : "");
    if (version.preOne()) {
      double established = established(framework, today, age);
      double exposure = profile.project().lifespanYears() >= 3 ? 0.45 : 0.25;
      score *= 1 - exposure * (1 - established);
      reason +=
          String.format(
              Locale.ROOT,
              "; still before 1.0 (%s): minors may break it%s; %s",
              version.latest(),
              profile.project().lifespanYears() >= 3
                  ? String.format(
                      Locale.ROOT,
                      ", which a %.1f-year system will meet",
                      profile.project().lifespanYears())
                  : "",
              established >= 0.75
                  ? "its age, release history and contributors make that a smaller risk"
                  : established >= 0.4
                      ? "its age and history offset part of that risk"
                      : "young, with a short record");
    }
    return SubFactorScore.of("maturity", score, 0.3, reason);
  }

  /**
   * How established a pre-1.0 project is, in [0, 1]: the mean of its age (6 years is full), its
   * tagged releases so far (60), and its contributors in the last year (100), where known.
   */
  static double established(Framework framework, LocalDate today, int age) {
    List<Double> signals = new ArrayList<>();
    signals.add(Math.min(1, age / 6.0));
    List<TaggedRelease> releases = framework.taggedReleasesAsOf(today);
    if (!releases.isEmpty()) {
      signals.add(Math.min(1, releases.stream().filter(r -> !r.preRelease()).count() / 60.0));
    }
    framework
        .activityAsOf(today)
        .filter(w -> ChronoUnit.MONTHS.between(w.asOf(), today) <= STALE_MONTHS)
        .ifPresent(w -> signals.add(Math.min(1, w.authors() / 100.0)));
    return signals.stream().mapToDouble(Double::doubleValue).average().orElse(0);
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
        profile.project().lifespanYears() >= 3 ? 0.5 : 0.6,
        0.25,
        "no published support policy or end-of-life dates");
  }

  /** The runtime's support horizon: a runtime line that ends inside the lifespan costs points. */
  static Optional<SubFactorScore> runtimeHorizon(
      RuntimeLifecycle runtime, Profile profile, LocalDate today) {
    if (isStale(runtime.releases(), today) || runtime.linesAsOf(today).isEmpty()) {
      // Stale data, or data that does not reach back to the day, is treated as none, as for
      // runtimes the catalog has no lifecycle of: no language's frameworks are marked down for the
      // age or reach of their runtime's data.
      return Optional.empty();
    }
    String evidence = dated(runtime.releases(), today);
    Optional<Release> line = runtime.longestSupported(today);
    if (line.isEmpty()) {
      String reason =
          runtime.name() + ": no dated line runs past " + today + " in the data" + evidence;
      // Old data without a current line says little; a published policy still promises upgrades.
      return Optional.of(
          SubFactorScore.of(
              "runtime-horizon",
              runtime.supportPolicy().isPresent() ? 0.65 : 0.5,
              0.15,
              runtime.supportPolicy().map(p -> reason + "; policy: " + p.value()).orElse(reason)));
    }
    return Optional.of(
        horizon("runtime-horizon", runtime.name() + " ", line.get(), profile, today, evidence));
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

  private static SubFactorScore releaseActivity(
      Framework framework, LocalDate today, List<SubFactorScore> others) {
    Version version = framework.version().value();
    if (version.latestDate() == null) {
      return SubFactorScore.of(
          "release-activity",
          CommunityHealth.weightedMean(others),
          0.25,
          "the catalog does not date the release that was newest on "
              + today
              + ": neither rewarded nor punished (scored at the mean of the other factors)");
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
