package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Profile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Batteries vs modular (guide, "ecosystem philosophy"): how much of what the project needs the
 * framework ships or its well-kept ecosystem provides, and whether its philosophy suits the amount
 * of needs.
 */
final class FeatureFit implements CriterionScorer {
  @Override
  public Criterion criterion() {
    return Criterion.FEATURE_FIT;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    Set<Feature> wanted = wantedFeatures(profile);
    return CriterionScore.of(
        criterion(), List.of(coverage(framework, wanted), philosophy(framework, wanted.size())));
  }

  /** Explicit needs, plus what interop and realtime imply. */
  static Set<Feature> wantedFeatures(Profile profile) {
    Set<Feature> wanted = EnumSet.noneOf(Feature.class);
    wanted.addAll(profile.project().needs());
    for (Interop interop : profile.project().interop()) {
      switch (interop) {
        case GRPC -> wanted.add(Feature.GRPC);
        case MESSAGE_QUEUE -> wanted.add(Feature.MESSAGE_QUEUE);
        case GRAPHQL -> wanted.add(Feature.GRAPHQL);
        case SERVICE_MESH -> {
          // A mesh works at the network layer; no framework feature is required.
        }
      }
    }
    if (profile.project().realtime()) {
      wanted.add(Feature.WEBSOCKETS);
    }
    return wanted;
  }

  private static SubFactorScore coverage(Framework framework, Set<Feature> wanted) {
    if (wanted.isEmpty()) {
      return SubFactorScore.of("coverage", 0.8, 0.75, "no specific features needed");
    }
    double total = 0;
    List<String> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Feature feature : wanted) {
      double value =
          framework.support(feature) == Support.NONE
              ? 0
              : DataFit.value(framework.support(feature));
      total += value;
      switch (framework.support(feature)) {
        case NONE -> missing.add(feature.id());
        default -> covered.add(feature.id() + " " + DataFit.describe(framework, feature));
      }
    }
    List<String> reasons = new ArrayList<>();
    reasons.add(
        String.format(
            Locale.ROOT,
            "%d of %d needed features provided: %s",
            covered.size(),
            wanted.size(),
            covered.isEmpty() ? "none" : String.join("; ", covered)));
    if (!missing.isEmpty()) {
      reasons.add("missing: " + String.join(", ", missing) + " (write or integrate it yourself)");
    }
    return new SubFactorScore(
        "coverage", SubFactorScore.clamp(total / wanted.size()), 0.75, reasons);
  }

  private static SubFactorScore philosophy(Framework framework, int needs) {
    boolean batteries = framework.philosophy().value() == Philosophy.BATTERIES;
    double score;
    String reason;
    if (needs >= 4) {
      score = batteries ? 1 : 0.55;
      reason =
          needs
              + " needed features favour batteries included"
              + (batteries ? "" : "; a modular framework means choosing and integrating each one");
    } else if (needs <= 1) {
      score = batteries ? 0.75 : 1;
      reason =
          "few needs: "
              + (batteries
                  ? "a batteries-included framework may feel heavyweight"
                  : "a modular core stays light");
    } else {
      score = 0.85;
      reason = needs + " needed features: either philosophy works";
    }
    return SubFactorScore.of("philosophy", score, 0.25, reason);
  }
}
