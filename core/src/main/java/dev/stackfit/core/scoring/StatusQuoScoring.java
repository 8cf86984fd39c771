package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.profile.PainKind;
import dev.stackfit.core.profile.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of staying on the current stack: the pains the team reports count against it on the
 * criterion each belongs to, and a stack outside the catalog is scored from what the profile says,
 * with neutral values where nothing is known (docs/engine.md, "Stay or move").
 */
final class StatusQuoScoring {
  /**
   * Each reported pain is a sub-factor scoring this, weighing as much as all of its criterion's
   * other evidence: one pain halves the distance of the criterion's score from this.
   */
  static final double PAIN_SCORE = 0.1;

  private StatusQuoScoring() {}

  /** The criterion a pain counts against. */
  static Criterion criterionOf(PainKind kind) {
    return switch (kind) {
      case THROUGHPUT_COST, LATENCY -> Criterion.SCALE_FIT;
      case HIRING, END_OF_LIFE -> Criterion.ECOSYSTEM_HEALTH;
      case PRODUCTIVITY -> Criterion.TEAM_EXPERTISE;
      case RELIABILITY -> Criterion.OPERATIONAL_FIT;
    };
  }

  /** {@code scores} with a sub-factor for each pain the team reports. */
  static Map<Criterion, CriterionScore> withPains(
      Map<Criterion, CriterionScore> scores, CurrentStack current) {
    return withPains(scores, current.pains(), "");
  }

  /**
   * A hiring pain is about the language's talent pool, not the framework: it counts against every
   * option in the current stack's language, not only against staying.
   */
  static Map<Criterion, CriterionScore> withLanguagePains(
      Map<Criterion, CriterionScore> scores,
      Framework framework,
      CurrentStack current,
      Language currentLanguage) {
    if (!framework.languages().value().contains(currentLanguage)) {
      return scores;
    }
    List<Pain> hiring = current.pains().stream().filter(p -> p.kind() == PainKind.HIRING).toList();
    return hiring.isEmpty()
        ? scores
        : withPains(
            scores,
            hiring,
            "; " + Text.language(currentLanguage) + " is also " + framework.name() + "'s language");
  }

  private static Map<Criterion, CriterionScore> withPains(
      Map<Criterion, CriterionScore> scores, List<Pain> pains, String suffix) {
    Map<Criterion, CriterionScore> result = new EnumMap<>(Criterion.class);
    for (Map.Entry<Criterion, CriterionScore> e : scores.entrySet()) {
      List<SubFactorScore> parts = new ArrayList<>(e.getValue().subFactors());
      double evidence = parts.stream().mapToDouble(SubFactorScore::weight).sum();
      for (Pain pain : pains) {
        if (criterionOf(pain.kind()) == e.getKey()) {
          parts.add(
              SubFactorScore.of(
                  "pain-" + pain.kind().id(),
                  PAIN_SCORE,
                  evidence,
                  "the team reports that "
                      + pain.kind().description()
                      + (pain.note().isEmpty() ? "" : " (" + pain.note() + ")")
                      + suffix));
        }
      }
      result.put(e.getKey(), CriterionScore.of(e.getKey(), parts));
    }
    return Collections.unmodifiableMap(result);
  }

  /** The six criteria of a stack outside the catalog, before its pains. */
  static Map<Criterion, CriterionScore> outsideCatalog(
      Framework stay, Profile profile, ScoringContext context) {
    Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
    TeamExpertise.Match language = TeamExpertise.languageSkill(stay, profile);
    scores.put(
        Criterion.TEAM_EXPERTISE,
        CriterionScore.of(
            Criterion.TEAM_EXPERTISE,
            List.of(
                SubFactorScore.of("language-skill", language.value(), 0.35, language.reason()),
                SubFactorScore.of(
                    "framework-familiarity", 1, 0.25, "the team builds and runs it today"),
                SubFactorScore.of("async-readiness", 1, 0.15, "the team already writes its code"),
                SubFactorScore.of(
                    "learning-vs-lifespan", 1, 0.25, "nothing new to learn for staying"))));
    List<SubFactorScore> scale = new ArrayList<>();
    scale.add(ScaleFit.capacityCost(stay, profile.project(), context));
    scale.add(Workloads.score(stay, profile.project().workload()));
    if (!profile.project().asyncIo().isEmpty()) {
      scale.add(ScaleFit.waitingRequests(stay, profile.project().asyncIo()));
    }
    scores.put(Criterion.SCALE_FIT, CriterionScore.of(Criterion.SCALE_FIT, scale));
    boolean unmaintained =
        profile.current().stream()
            .flatMap(c -> c.pains().stream())
            .anyMatch(p -> p.kind() == PainKind.END_OF_LIFE);
    scores.put(
        Criterion.ECOSYSTEM_HEALTH,
        unmaintained
            // Known, not unknown: no supported line and no releases to come (the score the
            // catalog gives a framework whose every line has passed its end of life).
            ? neutral(
                Criterion.ECOSYSTEM_HEALTH,
                "outside-catalog",
                0.2,
                "not in the catalog, and unmaintained by the team's account: no supported line or"
                    + " release to come, so its fixes fall on the team for the rest of the "
                    + Text.whole(profile.project().lifespanYears())
                    + "-year life")
            : neutral(
                Criterion.ECOSYSTEM_HEALTH,
                "outside-catalog",
                0.5,
                "not in the catalog: its support horizon, releases and community are unknown; an"
                    + " in-house stack's upkeep falls on the team"));
    scores.put(
        Criterion.OPERATIONAL_FIT,
        neutral(
            Criterion.OPERATIONAL_FIT,
            "in-production",
            0.9,
            "runs in production today: deployment, monitoring and on-call already exist"));
    scores.put(
        Criterion.STRUCTURE_FIT,
        neutral(
            Criterion.STRUCTURE_FIT,
            "own-structure",
            0.6,
            "the code base's conventions are the team's own: not assessed"));
    scores.put(
        Criterion.FEATURE_FIT,
        neutral(
            Criterion.FEATURE_FIT,
            "built-features",
            0.75,
            "what the system does today keeps working; new needs are built in-house"));
    return scores;
  }

  private static CriterionScore neutral(
      Criterion criterion, String id, double score, String reason) {
    return CriterionScore.of(criterion, List.of(SubFactorScore.of(id, score, 1, reason)));
  }
}
