package dev.stackfit.web;

import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.web.team.DueReviews;
import java.util.List;

/**
 * The home page: what stackfit does, where to start, the latest saved evaluations, and the
 * signed-in person's decisions due for review.
 */
record HomeView(List<EvaluationSummary> recent, int frameworks, List<DueReviews.Due> due) {}
