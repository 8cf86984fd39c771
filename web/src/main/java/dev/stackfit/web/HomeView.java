package dev.stackfit.web;

import dev.stackfit.core.history.EvaluationSummary;
import java.util.List;

/** The home page: what stackfit does, where to start, the latest saved evaluations. */
record HomeView(List<EvaluationSummary> recent, int frameworks) {}
