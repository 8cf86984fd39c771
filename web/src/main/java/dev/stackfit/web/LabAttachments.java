package dev.stackfit.web;

import dev.stackfit.core.InvalidInputException;
import io.javalin.http.Context;

/**
 * Attaching a PoC lab result to a saved evaluation, the same for the API and the results page: who
 * may (the {@link LabAttachGuard}), the checked JSON (422 naming every problem), the audit.
 */
final class LabAttachments {
  private final Evaluations evaluations;
  private final LabAttachGuard guard;

  LabAttachments(Evaluations evaluations, LabAttachGuard guard) {
    this.evaluations = evaluations;
    this.guard = guard;
  }

  /** Attaches {@code labResultJson} to evaluation {@code id}, or refuses with a problem. */
  void attach(Context ctx, String id, String labResultJson) {
    guard.check(ctx, id);
    boolean found;
    try {
      found = evaluations.attachLab(id, labResultJson);
    } catch (InvalidInputException e) {
      throw new HttpProblem(
          422,
          "invalid-lab-result",
          "The lab result has problems",
          e.problems().size() + " problem(s) in the lab result (stackfit lab run --json)",
          e.problems());
    }
    if (!found) {
      throw HttpProblem.notFound("evaluation " + id);
    }
    guard.attached(ctx, id);
  }
}
