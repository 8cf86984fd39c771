package dev.stackfit.core.evaluation;

import dev.stackfit.core.advisories.Advisories;
import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.CatalogAsOf;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.constraints.HardConstraints;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.Scoring;
import dev.stackfit.core.scoring.ScoringContext;
import dev.stackfit.core.sensitivity.Sensitivity;
import dev.stackfit.core.sensitivity.SensitivityResult;
import dev.stackfit.core.switching.StatusQuo;
import dev.stackfit.core.switching.Switching;
import dev.stackfit.core.switching.SwitchingCost;
import dev.stackfit.core.weights.WeightResolver;
import dev.stackfit.core.weights.Weights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    CatalogAsOf.View view = CatalogAsOf.of(catalog, options.today());
    view.unreleased().forEach(u -> excluded.add(new Exclusion(u.framework(), List.of(u.reason()))));
    Catalog released = view.catalog();
    List<Framework> candidates = new ArrayList<>();
    for (Framework framework : released.frameworks()) {
      List<String> violations = HardConstraints.violations(framework, profile.constraints());
      if (violations.isEmpty()) {
        candidates.add(framework);
      } else {
        excluded.add(new Exclusion(framework, violations));
      }
    }
    ScoringContext context =
        new ScoringContext(released, candidates, options.today(), options.evidence());
    List<Scored> scored = new ArrayList<>();
    Optional<CurrentStack> current = profile.current();
    Optional<Framework> stay = current.flatMap(c -> statusQuo(c, candidates, options));
    for (Framework framework : candidates) {
      if (StatusQuo.isCurrent(framework, current)) {
        scored.add(
            scored(framework, Scoring.scoreStatusQuo(framework, profile, context, true), weights));
        continue;
      }
      Map<Criterion, CriterionScore> scores =
          stay.isPresent()
              ? Scoring.withLanguagePains(
                  Scoring.score(framework, profile, context),
                  framework,
                  profile,
                  stay.get().language())
              : Scoring.score(framework, profile, context);
      Optional<SwitchingCost> switching =
          stay.map(
              s ->
                  Switching.cost(
                      profile, current.get(), s.language(), s.requestModel().value(), framework));
      scored.add(new Scored(framework, scores, weights, switching));
    }
    stay.filter(s -> s.id().equals(StatusQuo.ID))
        .ifPresent(
            s ->
                scored.add(scored(s, Scoring.scoreStatusQuo(s, profile, context, false), weights)));
    List<Scored> merged = AddOns.merge(scored, excluded);
    merged.sort(
        Comparator.comparingDouble((Scored s) -> -s.total())
            .thenComparing(s -> s.framework().id()));
    List<RankedFramework> ranking = rank(merged, profile, options);
    Shortlist shortlist = shortlist(ranking);
    List<Advisory> advisories =
        Advisories.evaluate(profile, situation(merged, shortlist, weights, options));
    SensitivityResult sensitivity = sensitivity(merged, weights, options);
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

  /** A scored option; its total deducts the switching cost, when it has one. */
  record Scored(
      Framework framework,
      Map<Criterion, CriterionScore> scores,
      double total,
      boolean statusQuo,
      Optional<SwitchingCost> switching,
      Optional<Framework> addOn) {
    Scored(
        Framework framework,
        Map<Criterion, CriterionScore> scores,
        double total,
        boolean statusQuo,
        Optional<SwitchingCost> switching) {
      this(framework, scores, total, statusQuo, switching, Optional.empty());
    }

    Scored(
        Framework framework,
        Map<Criterion, CriterionScore> scores,
        Weights weights,
        Optional<SwitchingCost> switching) {
      this(
          framework,
          scores,
          Math.max(
              0,
              Evaluator.total(scores, weights) - switching.map(SwitchingCost::penalty).orElse(0.0)),
          false,
          switching);
    }

    /** The deduction from the weighted criteria, for the sensitivity analysis. */
    double offset() {
      return -switching.map(SwitchingCost::penalty).orElse(0.0);
    }
  }

  private static Scored scored(
      Framework stay, Map<Criterion, CriterionScore> scores, Weights weights) {
    return new Scored(stay, scores, Evaluator.total(scores, weights), true, Optional.empty());
  }

  /**
   * The option of staying: the catalog entry of the current framework when it is a candidate (it
   * may have been excluded by a constraint), or an entry built from the profile for a stack outside
   * the catalog.
   */
  private static Optional<Framework> statusQuo(
      CurrentStack current, List<Framework> candidates, EvaluationOptions options) {
    if (current.framework().isPresent()) {
      return candidates.stream()
          .filter(f -> StatusQuo.isCurrent(f, Optional.of(current)))
          .findFirst();
    }
    return Optional.of(StatusQuo.outsideCatalog(current, options.today()));
  }

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
              s.framework().id().equals(StatusQuo.ID)
                  ? List.of()
                  : Risks.of(s.framework(), s.scores(), profile, options.today()),
              s.statusQuo(),
              s.switching(),
              s.addOn()));
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
      List<Scored> scored, Shortlist shortlist, Weights weights, EvaluationOptions options) {
    List<Advisories.Ranked> ranked = new ArrayList<>();
    for (Scored s : scored) {
      ranked.add(new Advisories.Ranked(s.framework(), s.scores(), s.statusQuo()));
    }
    List<Framework> leaders =
        shortlist.ids().stream()
            .map(
                id ->
                    scored.stream()
                        .map(Scored::framework)
                        .filter(f -> f.id().equals(id))
                        .findFirst()
                        .orElseThrow())
            .toList();
    return new Advisories.Situation(leaders, ranked, options.today(), weights);
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
    double[] offsets = scored.stream().mapToDouble(Scored::offset).toArray();
    return Sensitivity.analyse(
        ids, matrix, offsets, weights.toArray(), options.samples(), options.seed());
  }
}
