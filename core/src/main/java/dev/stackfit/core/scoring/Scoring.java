package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Profile;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores a framework on all six criteria. Stateless and thread-safe. */
public final class Scoring {
  private static final List<CriterionScorer> SCORERS =
      List.of(
          new TeamExpertise(),
          new ScaleFit(),
          new EcosystemHealth(),
          new OperationalFit(),
          new StructureFit(),
          new FeatureFit());

  private Scoring() {}

  /** Every criterion's score for {@code framework}, in criterion order. */
  public static Map<Criterion, CriterionScore> score(
      Framework framework, Profile profile, ScoringContext context) {
    Map<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
    for (CriterionScorer scorer : SCORERS) {
      scores.put(scorer.criterion(), scorer.score(framework, profile, context));
    }
    return Collections.unmodifiableMap(scores);
  }

  /**
   * The scores of staying on the current stack: the catalog entry's own scores (or, for a stack
   * outside the catalog, scores from the profile) with the pains the team reports counted against
   * it.
   */
  public static Map<Criterion, CriterionScore> scoreStatusQuo(
      Framework stay, Profile profile, ScoringContext context, boolean inCatalog) {
    CurrentStack current = profile.current().orElseThrow();
    Map<Criterion, CriterionScore> scores =
        inCatalog
            ? score(stay, profile, context)
            : StatusQuoScoring.outsideCatalog(stay, profile, context);
    return StatusQuoScoring.withPains(scores, current);
  }

  /**
   * An alternative's scores with the pains that follow the current stack's language (hiring)
   * counted against it too, when it shares that language.
   */
  public static Map<Criterion, CriterionScore> withLanguagePains(
      Map<Criterion, CriterionScore> scores,
      Framework framework,
      Profile profile,
      Language current) {
    return profile
        .current()
        .map(c -> StatusQuoScoring.withLanguagePains(scores, framework, c, current))
        .orElse(scores);
  }

  /** A language's display name ("C#", "JavaScript"). */
  public static String languageName(Language language) {
    return Text.language(language);
  }

  /** How much of one framework's concepts carry over to another, in [0, 1] (1: the same). */
  public static double kinship(String frameworkA, String frameworkB) {
    return Closeness.frameworks(frameworkA, frameworkB);
  }

  /** The team's best skill in the framework's languages, in [0, 1] (for advisories). */
  public static double languageSkill(Framework framework, Profile profile) {
    return TeamExpertise.languageSkill(framework, profile).value();
  }

  /** The team's familiarity with the framework or a close one, in [0, 1] (for advisories). */
  public static double frameworkFamiliarity(Framework framework, Profile profile) {
    return TeamExpertise.frameworkFamiliarity(framework, profile).value();
  }
}
