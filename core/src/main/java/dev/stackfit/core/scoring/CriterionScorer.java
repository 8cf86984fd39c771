package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;

/** Scores every framework on one criterion; implementations are stateless. */
sealed interface CriterionScorer
    permits TeamExpertise, ScaleFit, EcosystemHealth, OperationalFit, StructureFit, FeatureFit {
  Criterion criterion();

  CriterionScore score(Framework framework, Profile profile, ScoringContext context);
}
