package dev.stackfit.web.team;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.formats.decision.DecisionJson;
import dev.stackfit.formats.decision.MadrWriter;
import dev.stackfit.formats.decision.RadarCsv;
import dev.stackfit.web.Evaluations;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decision records: taken by a session's facilitator after a reveal, written as MADR, readable by
 * the session's members, reassessed against today's catalog.
 */
final class DecisionRecords {
  private final DecisionStore store;
  private final DecisionSessions sessions;
  private final Evaluations evaluations;
  private final Clock clock;

  DecisionRecords(
      DecisionStore store, DecisionSessions sessions, Evaluations evaluations, Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  /** A decision and the session membership it is seen through. */
  record Seen(DecisionRecord record, Decision decision, DecisionSessions.Membership membership) {}

  Seen find(Principal caller, String id) {
    DecisionRecord record =
        store.find(id).orElseThrow(() -> HttpProblem.notFound("decision " + id));
    DecisionSessions.Membership m = sessions.member(caller, record.sessionId());
    return new Seen(record, DecisionJson.read(record.decisionJson(), "decision " + id), m);
  }

  String markdown(Seen seen) {
    DecisionSessions.Membership m = seen.membership();
    int round = sessions.lastRevealedRound(m);
    Optional<GroupResult> group =
        round >= 1 ? Optional.of(sessions.result(m, round)) : Optional.empty();
    return MadrWriter.write(
        seen.decision(),
        sessions.evaluation(m.session().evaluationId()),
        group,
        round >= 1 ? sessions.ballots(m, round) : List.of());
  }

  String radar(Seen seen) {
    DecisionSessions.Membership m = seen.membership();
    int round = sessions.lastRevealedRound(m);
    return RadarCsv.write(
        seen.decision(),
        sessions.evaluation(m.session().evaluationId()),
        round >= 1 ? sessions.result(m, round).ranking() : List.of());
  }

  /** Sets the status; superseding names an existing successor the caller can see. */
  void status(Principal caller, String id, DecisionStatus status, String successor) {
    Seen seen = find(caller, id);
    if (!seen.membership().facilitates()) {
      throw HttpProblem.forbidden(
          "facilitator-only", "only the session's facilitator may change the status");
    }
    Optional<String> supersededBy = Optional.empty();
    if (status == DecisionStatus.SUPERSEDED) {
      if (successor == null || successor.equals(id)) {
        throw HttpProblem.badRequest("bad-parameter", "name the decision that supersedes this one");
      }
      find(caller, successor);
      supersededBy = Optional.of(successor);
    }
    Decision changed = withStatus(seen.decision(), status, supersededBy);
    store.update(id, DecisionJson.write(changed), status);
  }

  /** Today by the server's clock, the day reassessments and due dates are judged on. */
  LocalDate today() {
    return evaluations.today();
  }

  static Decision withStatus(Decision d, DecisionStatus status, Optional<String> supersededBy) {
    return new Decision(
        d.id(),
        d.title(),
        status,
        supersededBy,
        d.date(),
        d.chosen(),
        d.considered(),
        d.rationale(),
        d.decisionMakers(),
        d.consulted(),
        d.informed(),
        d.reviewBy(),
        d.profileYaml(),
        d.baseline());
  }

  Reassessment.Result reassess(Seen seen) {
    Evaluation now = evaluations.today(seen.decision().profileYaml());
    return Reassessment.compare(seen.decision(), now, evaluations.today());
  }

  /** Decisions the caller can see whose review date has come, still in force. */
  List<Decision> due(Principal caller) {
    LocalDate today = evaluations.today();
    return visible(caller).stream()
        .map(Seen::decision)
        .filter(d -> d.status() == DecisionStatus.ACCEPTED && d.dueForReview(today))
        .toList();
  }

  /** Ids of the decisions a session recorded, newest first. */
  List<String> idsOf(String sessionId) {
    return store.ofSession(sessionId).stream().map(DecisionRecord::id).toList();
  }

  /** The decisions a session recorded, newest first. */
  List<Decision> ofSession(String sessionId) {
    return store.ofSession(sessionId).stream()
        .map(r -> DecisionJson.read(r.decisionJson(), "decision " + r.id()))
        .toList();
  }

  /** The session's decision in force: the newest one no later decision of it supersedes. */
  Optional<String> current(String sessionId) {
    List<DecisionRecord> recorded = store.ofSession(sessionId);
    return recorded.stream()
        .filter(r -> recorded.stream().noneMatch(o -> o.supersedes().equals(r.id())))
        .map(DecisionRecord::id)
        .findFirst();
  }

  List<Seen> visible(Principal caller) {
    return store.all().stream()
        .filter(r -> sessions.belongs(caller, r.sessionId()))
        .map(r -> find(caller, r.id()))
        .toList();
  }
}
