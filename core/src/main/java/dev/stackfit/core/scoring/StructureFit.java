package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Structure against the team (guide, "convention vs flexibility" and the distributed/high-turnover
 * edge case): how much the team needs conventions, and whether the framework provides them.
 */
final class StructureFit implements CriterionScorer {
  @Override
  public Criterion criterion() {
    return Criterion.STRUCTURE_FIT;
  }

  @Override
  public CriterionScore score(Framework framework, Profile profile, ScoringContext context) {
    Need need = conventionNeed(profile);
    return CriterionScore.of(
        criterion(), List.of(consistency(framework, need), typeSafety(framework, need)));
  }

  /** How much this team needs the framework to keep code consistent, in [0, 1], and why. */
  record Need(double value, String why) {}

  static Need conventionNeed(Profile profile) {
    Team team = profile.team();
    double need = 0.3;
    List<String> why = new ArrayList<>();
    if (team.size() >= 15) {
      need += 0.3;
      why.add("team of " + team.size());
    } else if (team.size() >= 8) {
      need += 0.2;
      why.add("team of " + team.size());
    }
    if (team.distributed()) {
      need += 0.2;
      why.add("spread across time zones");
    }
    switch (team.turnover()) {
      case HIGH -> {
        need += 0.3;
        why.add("high turnover");
      }
      case MEDIUM -> {
        need += 0.1;
        why.add("medium turnover");
      }
      case LOW -> {}
    }
    if (profile.project().lifespanYears() >= 5) {
      need += 0.1;
      why.add(String.format(Locale.ROOT, "%.0f-year lifespan", profile.project().lifespanYears()));
    }
    if (profile.project().shortLived()) {
      need -= 0.2;
      why.add("short-lived project");
    }
    String reason = why.isEmpty() ? "small, stable team" : String.join(", ", why);
    return new Need(SubFactorScore.clamp(need), reason);
  }

  private static SubFactorScore consistency(Framework framework, Need need) {
    boolean convention = framework.structure().value() == Structure.CONVENTION;
    double score = convention ? 0.55 + 0.45 * need.value() : 1 - 0.7 * need.value();
    String verdict;
    if (convention) {
      verdict =
          need.value() >= 0.5
              ? "conventions keep the codebase consistent"
              : "its conventions cost a little flexibility a team like this may not need";
    } else {
      verdict =
          need.value() >= 0.5
              ? "every developer may structure code differently; expect divergence"
              : "its freedom suits a team like this";
    }
    return SubFactorScore.of(
        "consistency",
        score,
        0.7,
        String.format(
            Locale.ROOT,
            "%s (need for conventions %.0f%%); %s is %s: %s",
            need.why(),
            100 * need.value(),
            framework.name(),
            convention ? "convention-heavy" : "flexible",
            verdict));
  }

  private static SubFactorScore typeSafety(Framework framework, Need need) {
    Support typing = framework.support(Feature.STATIC_TYPING);
    double typed =
        switch (typing) {
          case BUILT_IN -> 1.0;
          case FIRST_PARTY -> 0.85;
          case ECOSYSTEM -> 0.7;
          case NONE -> 0.4;
        };
    double score = 1 - need.value() * (1 - typed);
    return SubFactorScore.of(
        "type-safety",
        score,
        0.3,
        "static typing "
            + typing.id()
            + (need.value() >= 0.5 ? "; types help many hands keep code coherent" : ""));
  }
}
