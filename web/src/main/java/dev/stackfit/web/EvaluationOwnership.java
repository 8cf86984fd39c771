package dev.stackfit.web;

import io.javalin.http.Context;

/**
 * Learns who saved an evaluation: on a team server its owner, who alone (with administrators and
 * the people the owner allows) may later attach evidence to it or open sessions on it. Without
 * accounts nobody owns anything.
 */
public interface EvaluationOwnership {
  /** Nobody owns evaluations: the single-user local tool. */
  EvaluationOwnership NONE = (ctx, evaluationId) -> {};

  /** Called once the request's caller saved evaluation {@code evaluationId}. */
  void saved(Context ctx, String evaluationId);
}
