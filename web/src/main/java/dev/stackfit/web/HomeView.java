package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.web.team.DueReviews;
import java.util.List;

/**
 * The home page: what stackfit does, where to start, the latest saved evaluations, and the
 * signed-in person's decisions due for review.
 */
record HomeView(List<EvaluationSummary> recent, Catalog catalog, List<DueReviews.Due> due) {
  int frameworks() {
    return catalog.size();
  }

  /** What a saved evaluation recommended, by name. */
  String winner(EvaluationSummary s) {
    return s.winner()
        .map(id -> catalog.find(id).map(Framework::name).orElse(id))
        .orElse("no framework passed");
  }
}
