package dev.stackfit.core.advisories;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.switching.StatusQuo;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** One aspect of scale the guide names: traffic (capacity) or data complexity (the ORM). */
  private record Aspect(String need, String what, String subFactor) {}

  static Optional<Advisory> evaluate(Profile profile, Advisories.Situation situation) {
    if (profile.project().lifespanYears() < REPAY_YEARS) {
      return Optional.empty();
    }
    List<Aspect> aspects = new ArrayList<>();
    int peak = profile.project().traffic().designPeakRps();
    if (peak >= 1_000) {
      aspects.add(
          new Aspect(
              String.format(Locale.ROOT, "a 3-year peak of %,d rps", peak),
              "capacity cost",
              "capacity-cost"));
    }
    if (Advisories.complexData(profile)) {
      aspects.add(new Aspect("complex relational data", "data fit", "data-fit"));
    }
    List<Advisories.Ranked> options =
        situation.ranked().stream().filter(r -> !r.statusQuo() || isCatalogued(r)).toList();
    for (Aspect aspect : aspects) {
      Optional<Advisory> advisory = evaluate(profile, options, aspect);
      if (advisory.isPresent()) {
        return advisory;
      }
    }
    return Optional.empty();
  }

  private static boolean isCatalogued(Advisories.Ranked ranked) {
    return !ranked.framework().id().equals(StatusQuo.ID);
  }

  /**
   * Fires when the best framework in a language the team knows fits this aspect poorly and another
   * fits it clearly better; both figures are of the same aspect, so a framework is never proposed
   * for strengths it only has elsewhere.
   */
  private static Optional<Advisory> evaluate(
      Profile profile, List<Advisories.Ranked> options, Aspect aspect) {
    Comparator<Advisories.Ranked> byAspect =
        Comparator.comparingDouble((Advisories.Ranked r) -> -value(r, aspect))
            .thenComparing(r -> r.framework().id());
    List<Advisories.Ranked> sorted = options.stream().sorted(byAspect).toList();
    Optional<Advisories.Ranked> bestKnown =
        sorted.stream()
            .filter(r -> Advisories.languageSkill(r.framework(), profile) >= KNOWN)
            .findFirst();
    if (bestKnown.isEmpty() || sorted.isEmpty()) {
      return Optional.empty();
    }
    Advisories.Ranked known = bestKnown.get();
    Advisories.Ranked best = sorted.get(0);
    double knownValue = value(known, aspect);
    double bestValue = value(best, aspect);
    if (knownValue >= POOR_FIT || bestValue - knownValue < CLEAR_GAIN) {
      return Optional.empty();
    }
    return Optional.of(
        new Advisory(
            AdvisoryId.RETRAINING_WORTH_IT,
            String.format(
                Locale.ROOT,
                "The team's known stack fits %s poorly: its best there, %s, scores %.2f on %s,"
                    + " while %s, in %s, scores %.2f. Over a %.0f-year life, retraining may repay"
                    + " itself; weigh it against the learning curve, and if the team is already"
                    + " overloaded, staying with what it knows is usually safer.",
                aspect.need(),
                known.framework().name(),
                knownValue,
                aspect.what(),
                best.framework().name(),
                languageName(best),
                bestValue,
                profile.project().lifespanYears())));
  }

  private static double value(Advisories.Ranked ranked, Aspect aspect) {
    return ranked.part(Criterion.SCALE_FIT, aspect.subFactor()).orElse(0.0);
  }

  private static String languageName(Advisories.Ranked ranked) {
    return Advisories.languageName(ranked.framework().language());
  }
}
