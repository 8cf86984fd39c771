package dev.stackfit.core.advisories;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide's "if your team knows PHP and the project requires high concurrency, retraining may be
 * worth it": fires when the team's known stack scores poorly on scale-fit, another framework scores
 * clearly better, the project needs scale or complex data, and it lives long enough to repay
 * retraining.
 */
final class RetrainingRule {
  /** Known-stack scale-fit below this is a poor fit. */
  static final double POOR_FIT = 0.6;

  /** A better framework must beat the known stack's best scale-fit by at least this much. */
  static final double CLEAR_GAIN = 0.2;

  /** The project must live at least this long to repay retraining, in years. */
  static final double REPAY_YEARS = 2;

  /** Language skill at or above this ("working") makes a framework part of the known stack. */
  static final double KNOWN = 0.7;

  private RetrainingRule() {}

  static Optional<Advisory> evaluate(Profile profile, Advisories.Situation situation) {
    boolean demanding =
        profile.project().traffic().designPeakRps() >= 1_000 || Advisories.complexData(profile);
    if (!demanding || profile.project().lifespanYears() < REPAY_YEARS) {
      return Optional.empty();
    }
    List<Advisories.Ranked> byScale =
        situation.ranked().stream().sorted(Advisories.byScale()).toList();
    List<Advisories.Ranked> known =
        byScale.stream()
            .filter(r -> Advisories.languageSkill(r.framework(), profile) >= KNOWN)
            .toList();
    if (known.isEmpty() || byScale.isEmpty()) {
      return Optional.empty();
    }
    Advisories.Ranked bestKnown = known.get(0);
    Advisories.Ranked bestOverall = byScale.get(0);
    double knownScale = bestKnown.scores().get(Criterion.SCALE_FIT);
    double bestScale = bestOverall.scores().get(Criterion.SCALE_FIT);
    if (knownScale >= POOR_FIT || bestScale - knownScale < CLEAR_GAIN) {
      return Optional.empty();
    }
    String need =
        Advisories.complexData(profile) && profile.project().traffic().designPeakRps() < 1_000
            ? "complex relational data"
            : String.format(
                Locale.ROOT,
                "a 3-year peak of %,d rps%s",
                profile.project().traffic().designPeakRps(),
                Advisories.complexData(profile) ? " and complex relational data" : "");
    return Optional.of(
        new Advisory(
            AdvisoryId.RETRAINING_WORTH_IT,
            String.format(
                Locale.ROOT,
                "The team's known stack fits %s poorly: its best, %s, scores %.2f on scale-fit,"
                    + " while %s scores %.2f. Over a %.0f-year life, retraining may repay itself;"
                    + " weigh it against the learning curve, and if the team is already overloaded,"
                    + " staying with what it knows is usually safer.",
                need,
                bestKnown.framework().name(),
                knownScale,
                bestOverall.framework().name(),
                bestScale,
                profile.project().lifespanYears())));
  }
}
