package dev.stackfit.core.evaluation;

import dev.stackfit.core.advisories.Advisories;
import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.constraints.HardConstraints;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.Scoring;
import dev.stackfit.core.scoring.ScoringContext;
import dev.stackfit.core.sensitivity.Sensitivity;
import dev.stackfit.core.sensitivity.SensitivityResult;
import dev.stackfit.core.weights.WeightResolver;
import dev.stackfit.core.weights.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a profile against a catalog: constraints, scores, weights, ranking, shortlist,
 * advisories and sensitivity. Pure and deterministic: the same inputs give the same result.
 */
public final class Evaluator {
  /** The third candidate joins the shortlist only if it is within this much of the winner. */
  static final double SHORTLIST_GAP = 0.15;

  private Evaluator() {}

  public static Evaluation evaluate(Profile profile, Catalog catalog, EvaluationOptions options) {
    Weights weights = WeightResolver.resolve(profile);
    List<Exclusion> excluded = new ArrayList<>();
    List<Framework> candidates = new ArrayList<>();
    for (Framework framework : catalog.frameworks()) {
      List<String> violations = HardConstraints.violations(framework, profile.constraints());
      if (violations.isEmpty()) {
        candidates.add(framework);
      } else {
        excluded.add(new Exclusion(framework, violations));
      }
    }
    ScoringContext context =
        new ScoringContext(catalog, candidates, options.today(), options.evidence());
    List<Scored> scored = new ArrayList<>();
    for (Framework framework : candidates) {
      Map<Criterion, CriterionScore> scores = Scoring.score(framework, profile, context);
      scored.add(new Scored(framework, scores, total(scores, weights)));
    }
    scored.sort(
        Comparator.comparingDouble((Scored s) -> -s.total())
            .thenComparing(s -> s.framework().id()));
    List<RankedFramework> ranking = rank(scored, profile, options);
    Shortlist shortlist = shortlist(ranking);
    List<Advisory> advisories =
        Advisories.evaluate(profile, situation(scored, shortlist, catalog, options));
    SensitivityResult sensitivity = sensitivity(scored, weights, options);
    return new Evaluation(
        profile,
        options.today(),
        catalog.asOf(),
        catalog.size(),
        weights,
        ranking,
        excluded,
        shortlist,
        advisories,
        sensitivity,
        options.evidence());
  }

  private record Scored(Framework framework, Map<Criterion, CriterionScore> scores, double total) {}

  static double total(Map<Criterion, CriterionScore> scores, Weights weights) {
    double total = 0;
    for (Criterion criterion : Criterion.values()) {
      total += scores.get(criterion).score() * weights.of(criterion);
    }
    return Math.max(0, Math.min(1, total));
  }

  private static List<RankedFramework> rank(
      List<Scored> scored, Profile profile, EvaluationOptions options) {
    List<RankedFramework> ranking = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranking.add(
          new RankedFramework(
              i + 1,
              s.framework(),
              s.total(),
              s.scores(),
              Risks.of(s.framework(), s.scores(), profile, options.today())));
    }
    return ranking;
  }

  static Shortlist shortlist(List<RankedFramework> ranking) {
    List<String> ids = new ArrayList<>();
    for (RankedFramework ranked : ranking) {
      boolean third = ids.size() == 2;
      if (ids.size() == 3 || (third && ranking.get(0).score() - ranked.score() > SHORTLIST_GAP)) {
        break;
      }
      ids.add(ranked.framework().id());
    }
    return new Shortlist(ids);
  }

  private static Advisories.Situation situation(
      List<Scored> scored, Shortlist shortlist, Catalog catalog, EvaluationOptions options) {
    List<Advisories.Ranked> ranked = new ArrayList<>();
    for (Scored s : scored) {
      Map<Criterion, Double> values = new EnumMap<>(Criterion.class);
      s.scores().forEach((c, score) -> values.put(c, score.score()));
      ranked.add(new Advisories.Ranked(s.framework(), values));
    }
    List<Framework> leaders =
        shortlist.ids().stream().map(id -> catalog.find(id).orElseThrow()).toList();
    return new Advisories.Situation(leaders, ranked, options.today());
  }

  private static SensitivityResult sensitivity(
      List<Scored> scored, Weights weights, EvaluationOptions options) {
    List<String> ids = scored.stream().map(s -> s.framework().id()).toList();
    double[][] matrix = new double[scored.size()][Criterion.values().length];
    for (int f = 0; f < scored.size(); f++) {
      for (Criterion criterion : Criterion.values()) {
        matrix[f][criterion.ordinal()] = scored.get(f).scores().get(criterion).score();
      }
    }
    return Sensitivity.analyse(ids, matrix, weights.toArray(), options.samples(), options.seed());
  }
}
