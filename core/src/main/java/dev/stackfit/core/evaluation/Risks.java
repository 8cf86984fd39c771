package dev.stackfit.core.evaluation;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What could go wrong with choosing a framework: its weakest sub-factors and data caveats. */
final class Risks {
  /** Sub-factors scoring below this are reported as risks. */
  static final double WEAK = 0.5;

  private Risks() {}

  static List<String> of(
      Framework framework,
      Map<Criterion, CriterionScore> scores,
      Profile profile,
      LocalDate today) {
    List<String> risks = new ArrayList<>();
    scores.values().stream()
        .flatMap(c -> c.subFactors().stream().map(s -> new Weak(c.criterion(), s)))
        .filter(w -> w.part().score() < WEAK && !w.part().reasons().isEmpty())
        .sorted(Comparator.comparingDouble((Weak w) -> w.part().score() / w.part().weight()))
        .limit(3)
        .forEach(w -> risks.add(w.criterion().id() + ": " + w.part().reasons().get(0)));
    long unverified =
        List.of(
                framework.languages().verified(),
                framework.license().verified(),
                framework.firstRelease().verified(),
                framework.version().verified(),
                framework.requestModel().verified(),
                framework.structure().verified(),
                framework.philosophy().verified(),
                framework.learningCurve().verified(),
                framework.governance().verified())
            .stream()
            .filter(v -> !v)
            .count();
    if (unverified > 0) {
      risks.add(unverified + " catalog fact(s) unverified: check them before relying on this");
    }
    if (profile.current().isEmpty()) {
      risks.add(LeavingCost.reason(framework, scores));
    }
    if (ChronoUnit.MONTHS.between(framework.version().asOf(), today) > 18) {
      risks.add(
          "catalog data as of " + framework.version().asOf() + " is stale; run catalog refresh");
    }
    return risks;
  }

  private record Weak(Criterion criterion, SubFactorScore part) {}
}
