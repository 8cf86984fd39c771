package dev.stackfit.core.evaluation;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.scoring.CriterionScore;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's place in the ranking.
 *
 * @param rank 1-based position
 * @param framework the catalog entry
 * @param score weighted total in [0, 1]
 * @param criteria per-criterion scores with their reasons
 * @param risks what could go wrong with this choice, most serious first
 */
public record RankedFramework(
    int rank,
    Framework framework,
    double score,
    Map<Criterion, CriterionScore> criteria,
    List<String> risks) {
  public RankedFramework {
    EnumMap<Criterion, CriterionScore> copy = new EnumMap<>(Criterion.class);
    copy.putAll(criteria);
    criteria = Collections.unmodifiableMap(copy);
    risks = List.copyOf(risks);
  }
}
