package dev.stackfit.core.scoring;

import dev.stackfit.core.criteria.Criterion;
import java.util.Comparator;
import java.util.List;

/**
 * A framework's score on one criterion: the weighted mean of its sub-factors.
 *
 * @param criterion which criterion
 * @param score in [0, 1]
 * @param subFactors the parts, in a fixed order
 */
public record CriterionScore(Criterion criterion, double score, List<SubFactorScore> subFactors) {
  public CriterionScore {
    subFactors = List.copyOf(subFactors);
  }

  /** Combines sub-factors by their weights. */
  public static CriterionScore of(Criterion criterion, List<SubFactorScore> subFactors) {
    double total = 0;
    double weights = 0;
    for (SubFactorScore part : subFactors) {
      total += part.score() * part.weight();
      weights += part.weight();
    }
    return new CriterionScore(criterion, weights == 0 ? 0.5 : total / weights, subFactors);
  }

  /**
   * The reasons of every sub-factor, the heaviest sub-factor first (ties: the one furthest from
   * neutral), so the first reason is the one that matters most for this criterion.
   */
  public List<String> reasons() {
    return subFactors.stream()
        .sorted(
            Comparator.comparingDouble((SubFactorScore s) -> -s.weight())
                .thenComparingDouble(s -> -Math.abs(s.score() - 0.5)))
        .flatMap(s -> s.reasons().stream())
        .toList();
  }
}
