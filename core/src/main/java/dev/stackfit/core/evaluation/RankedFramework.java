package dev.stackfit.core.evaluation;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.switching.SwitchingCost;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A framework's place in the ranking.
 *
 * @param rank 1-based position
 * @param framework the catalog entry
 * @param score weighted total in [0, 1]
 * @param criteria per-criterion scores with their reasons
 * @param risks what could go wrong with this choice, most serious first
 * @param statusQuo true for the stack the team runs today (staying on it)
 * @param switching what moving to this framework from the current stack costs; empty for the status
 *     quo and when the profile has no current stack. {@code score} already deducts it.
 * @param addOn an add-on to {@code framework} (Django REST framework to Django) whose combination
 *     with it is what this entry scores; empty when the entry is the framework alone
 */
public record RankedFramework(
    int rank,
    Framework framework,
    double score,
    Map<Criterion, CriterionScore> criteria,
    List<String> risks,
    boolean statusQuo,
    Optional<SwitchingCost> switching,
    Optional<Framework> addOn) {
  /** A framework of a profile without a current stack. */
  public RankedFramework(
      int rank,
      Framework framework,
      double score,
      Map<Criterion, CriterionScore> criteria,
      List<String> risks) {
    this(rank, framework, score, criteria, risks, false, Optional.empty(), Optional.empty());
  }

  /** "Django" or, with an add-on, "Django with Django REST framework". */
  public String optionName() {
    return addOn.map(a -> framework.name() + " with " + a.name()).orElse(framework.name());
  }

  /** True when this entry is {@code frameworkId} or its add-on. */
  public boolean offers(String frameworkId) {
    return framework.id().equals(frameworkId)
        || addOn.filter(a -> a.id().equals(frameworkId)).isPresent();
  }

  public RankedFramework {
    EnumMap<Criterion, CriterionScore> copy = new EnumMap<>(Criterion.class);
    copy.putAll(criteria);
    criteria = Collections.unmodifiableMap(copy);
    risks = List.copyOf(risks);
  }
}
