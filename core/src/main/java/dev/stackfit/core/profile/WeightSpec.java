package dev.stackfit.core.profile;

import dev.stackfit.core.criteria.Criterion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How the profile asks for criterion weights. */
public sealed interface WeightSpec {
  /** No weights given: derive them from the profile's answers. */
  record Derived() implements WeightSpec {}

  /** Relative weights; criteria not named get 1; normalised to sum 1. */
  record Direct(Map<Criterion, Double> relative) implements WeightSpec {
    public Direct {
      if (relative.values().stream().anyMatch(v -> v == null || !(v >= 0) || v.isInfinite())) {
        throw new IllegalArgumentException("direct weights must be finite and not negative");
      }
      relative =
          Collections.unmodifiableMap(
              relative.isEmpty() ? new EnumMap<>(Criterion.class) : new EnumMap<>(relative));
    }
  }

  /** AHP pairwise comparisons. */
  record Pairwise(List<PairwiseJudgment> judgments) implements WeightSpec {
    public Pairwise {
      if (judgments.isEmpty()) {
        throw new IllegalArgumentException("pairwise weights need at least one judgment");
      }
      judgments = List.copyOf(judgments);
    }
  }
}
