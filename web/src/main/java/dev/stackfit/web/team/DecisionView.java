package dev.stackfit.web.team;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.core.team.TeamSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision record's page: the MADR record as a page, downloads, status, the session it came from,
 * and (on its own page) reassessment.
 *
 * @param decision the record
 * @param session the session that took it
 * @param markdown the MADR document, "" on the reassessment page
 * @param facilitates whether the caller may change the status
 * @param others other decisions the caller can see, as successor candidates
 * @param reassessment the drift report, on the reassessment page
 * @param names framework id to name, for the considered options
 * @param csrf the caller's CSRF token
 */
record DecisionView(
    Decision decision,
    TeamSession session,
    String markdown,
    boolean facilitates,
    List<Decision> others,
    Optional<Reassessment.Result> reassessment,
    Map<String, String> names,
    String csrf) {

  /** The record as blocks to render. */
  MadrPage page() {
    return MadrPage.parse(markdown);
  }

  List<DecisionStatus> statuses() {
    return List.of(DecisionStatus.values());
  }

  /** A framework's name as the catalog gives it, or its id. */
  String name(String framework) {
    return names.getOrDefault(framework, framework);
  }

  /** A finding's kind in words, saying whether it is a change, something due or a question. */
  static String kind(Reassessment.Kind kind) {
    return switch (kind) {
      case END_OF_LIFE -> "Due: end of life";
      case EXCLUDED -> "Changed: no longer passes";
      case WINNER_CHANGED -> "Changed: a different winner";
      case END_OF_LIFE_CHANGED -> "Changed: end of life";
      case RANK_CHANGED -> "Changed: rank";
      case NEW_MAJOR -> "Changed: new major release";
      case HEALTH_CHANGED -> "Changed: ecosystem health";
      case TEAM_QUESTION -> "Ask the team";
    };
  }

  String status() {
    return decision.supersededBy().map(s -> "superseded by " + s).orElse(decision.status().id());
  }
}
