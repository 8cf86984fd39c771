package dev.stackfit.web.team;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.team.TeamSession;
import java.util.List;
import java.util.Map;

/**
 * The caller's sessions and decisions, decisions due for review first, and the form that opens a
 * session from a saved evaluation.
 *
 * @param sessions the caller's sessions
 * @param decisions decisions the caller can see
 * @param due accepted decisions whose review date has come
 * @param evaluations recent saved evaluations the caller may open sessions on
 * @param owned those of them the caller may let others use (its own, or all for an administrator)
 * @param selected the evaluation to preselect (from a results page), or ""
 * @param names framework id to name
 * @param csrf the caller's CSRF token
 */
record SessionsView(
    List<TeamSession> sessions,
    List<Decision> decisions,
    List<Decision> due,
    List<EvaluationSummary> evaluations,
    List<EvaluationSummary> owned,
    String selected,
    Map<String, String> names,
    String csrf) {

  String name(String framework) {
    return names.getOrDefault(framework, framework);
  }

  /** The frameworks of a session by name: "Micronaut, Spring Boot, Quarkus". */
  String options(TeamSession session) {
    return String.join(", ", session.frameworks().stream().map(this::name).toList());
  }
}
