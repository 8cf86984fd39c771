package dev.stackfit.web;

import io.javalin.http.Context;

/**
 * Decides who may attach a PoC lab result to a saved evaluation. A lab result changes the
 * evaluation's scores and the decision records built from it, so a team server limits it (see
 * {@code dev.stackfit.web.team.TeamWeb}); without accounts anyone on this machine may.
 */
public interface LabAttachGuard {
  /** Anyone may attach: the single-user local tool. */
  LabAttachGuard OPEN =
      new LabAttachGuard() {
        @Override
        public void check(Context ctx, String evaluationId) {}

        @Override
        public void attached(Context ctx, String evaluationId) {}
      };

  /** Throws an {@link HttpProblem} (401, 403, 409) when the caller may not attach to it. */
  void check(Context ctx, String evaluationId);

  /** Called once a result was attached, for the audit log. */
  void attached(Context ctx, String evaluationId);
}
