package dev.stackfit.web.team;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.team.TeamSession;
import java.util.List;

/**
 * The caller's sessions and decisions, decisions due for review first, and the form that opens a
 * session from a saved evaluation.
 *
 * @param name who is signed in
 * @param sessions the caller's sessions
 * @param decisions decisions the caller can see
 * @param due accepted decisions whose review date has come
 * @param evaluations recent saved evaluations the caller may open sessions on
 * @param owned those of them the caller may let others use (its own, or all for an administrator)
 * @param csrf the caller's CSRF token
 */
record SessionsView(
    String name,
    List<TeamSession> sessions,
    List<Decision> decisions,
    List<Decision> due,
    List<EvaluationSummary> evaluations,
    List<EvaluationSummary> owned,
    String csrf) {}
