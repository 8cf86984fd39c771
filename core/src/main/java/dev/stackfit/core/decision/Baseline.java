package dev.stackfit.core.decision;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the evaluation looked like when the decision was taken, kept so a later reassessment can
 * report drift.
 *
 * @param evaluatedOn the day of the evaluation
 * @param catalogAsOf the catalog's date then
 * @param ranks framework id to rank
 * @param scores framework id to total score
 * @param ecosystemHealth framework id to ecosystem-health score
 * @param majors framework id to its current major line then
 */
public record Baseline(
    LocalDate evaluatedOn,
    LocalDate catalogAsOf,
    Map<String, Integer> ranks,
    Map<String, Double> scores,
    Map<String, Double> ecosystemHealth,
    Map<String, String> majors) {
  public Baseline {
    ranks = Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    ecosystemHealth = Collections.unmodifiableMap(new LinkedHashMap<>(ecosystemHealth));
    majors = Collections.unmodifiableMap(new LinkedHashMap<>(majors));
  }

  public static Baseline of(Evaluation evaluation) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> health = new LinkedHashMap<>();
    Map<String, String> majors = new LinkedHashMap<>();
    for (RankedFramework r : evaluation.ranking()) {
      String id = r.framework().id();
      ranks.put(id, r.rank());
      scores.put(id, r.score());
      health.put(id, r.criteria().get(Criterion.ECOSYSTEM_HEALTH).score());
      majors.put(id, r.framework().version().value().major());
    }
    return new Baseline(
        evaluation.today(), evaluation.catalogAsOf(), ranks, scores, health, majors);
  }
}
