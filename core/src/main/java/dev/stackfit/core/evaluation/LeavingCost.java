package dev.stackfit.core.evaluation;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.scoring.CriterionScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What leaving a framework later would cost, for a profile without a current stack: the guide asks
 * to weigh migration costs when choosing and to avoid frameworks likely to become dead ends.
 * Lock-in grows with what the framework provides itself (an ORM, an admin, templates: code written
 * against them is rewritten in a move) and with its conventions; the dead-end risk comes from its
 * ecosystem-health score (support horizon, releases, community) and a single maintainer. One
 * reason, for people; it does not change the score (docs/engine.md, "Stay or move").
 */
final class LeavingCost {
  /** Features whose code a move rewrites when the framework itself provides them. */
  static final List<Feature> BINDING =
      List.of(
          Feature.ORM,
          Feature.ADMIN_UI,
          Feature.SERVER_TEMPLATES,
          Feature.AUTH,
          Feature.MIGRATIONS,
          Feature.BACKGROUND_JOBS,
          Feature.DEPENDENCY_INJECTION);

  private LeavingCost() {}

  static String reason(Framework framework, Map<Criterion, CriterionScore> scores) {
    List<String> own = new ArrayList<>();
    for (Feature feature : BINDING) {
      FeatureSupport support =
          framework.features().containsKey(feature)
              ? framework.features().get(feature).value()
              : null;
      if (support != null
          && (support.level() == Support.BUILT_IN || support.level() == Support.FIRST_PARTY)) {
        own.add(feature.id());
      }
    }
    boolean batteries = framework.philosophy().value() == Philosophy.BATTERIES;
    boolean conventions = framework.structure().value() == Structure.CONVENTION;
    double lockIn =
        (batteries ? 0.3 : 0.1) + (conventions ? 0.2 : 0) + 0.1 * Math.min(4, own.size());
    double health = scores.get(Criterion.ECOSYSTEM_HEALTH).score();
    boolean single = framework.governance().value() == Governance.INDIVIDUAL;
    String deadEnd =
        health < 0.45 || (single && health < 0.65)
            ? "high"
            : health < 0.65 || single ? "medium" : "low";
    return String.format(
        Locale.ROOT,
        "leaving it later: %s lock-in (%s%s%s); %s dead-end risk (ecosystem health %.2f%s)",
        lockIn >= 0.6 ? "high" : lockIn >= 0.35 ? "medium" : "low",
        batteries ? "batteries-included" : "modular",
        conventions ? ", convention-heavy" : "",
        own.isEmpty()
            ? ": little of the code is bound to it"
            : ": its own " + String.join(", ", own) + " are rewritten in a move",
        deadEnd,
        health,
        single ? ", one maintainer" : "");
  }
}
