package dev.stackfit.web.team;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.decision.Reassessment;
import java.util.List;
import java.util.Optional;

/**
 * A decision record's page: the MADR text, downloads, status, and (on its own page) reassessment.
 *
 * @param decision the record
 * @param markdown the MADR document
 * @param facilitates whether the caller may change the status
 * @param others other decisions the caller can see, as successor candidates
 * @param reassessment the drift report, on the reassessment page
 * @param csrf the caller's CSRF token
 */
record DecisionView(
    Decision decision,
    String markdown,
    boolean facilitates,
    List<Decision> others,
    Optional<Reassessment.Result> reassessment,
    String csrf) {

  List<DecisionStatus> statuses() {
    return List.of(DecisionStatus.values());
  }

  String status() {
    return decision.supersededBy().map(s -> "superseded by " + s).orElse(decision.status().id());
  }
}
