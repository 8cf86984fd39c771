package dev.stackfit.web.team;

import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.group.GroupResult;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.Role;
import dev.stackfit.formats.decision.DecisionJson;
import dev.stackfit.formats.decision.MadrWriter;
import dev.stackfit.formats.decision.RadarCsv;
import dev.stackfit.web.Evaluations;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Principal;
import dev.stackfit.web.auth.Tokens;
import java.time.Clock;
import java.time.Instant;
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

  /** What the facilitator records. */
  record Choice(
      String chosen, String rationale, DecisionStatus status, int reviewMonths, String title) {
    Choice {
      if (status != DecisionStatus.PROPOSED && status != DecisionStatus.ACCEPTED) {
        throw HttpProblem.badRequest("bad-parameter", "a new decision is proposed or accepted");
      }
      if (reviewMonths < 1 || reviewMonths > 60) {
        throw HttpProblem.badRequest(
            "bad-parameter", "review in 1 to 60 months, was " + reviewMonths);
      }
      rationale = BallotJson.text(rationale);
      if (rationale.isEmpty()) {
        throw HttpProblem.badRequest(
            "bad-parameter",
            "a rationale is required: say in a sentence or two why the team chose this option");
      }
      title = title == null ? "" : BallotJson.text(title);
    }
  }

  /** A decision and the session membership it is seen through. */
  record Seen(DecisionRecord record, Decision decision, DecisionSessions.Membership membership) {}

  DecisionRecord decide(Principal caller, String sessionId, Choice choice) {
    DecisionSessions.Membership m = sessions.facilitator(caller, sessionId);
    if (sessions.lastRevealedRound(m) < 1) {
      throw HttpProblem.conflict(
          "nothing-revealed", "reveal a round before recording the decision");
    }
    if (!m.session().frameworks().contains(choice.chosen())) {
      throw HttpProblem.badRequest(
          "bad-parameter", choice.chosen() + " is not one of the session's options");
    }
    Evaluations.Evaluated evaluated =
        evaluations
            .find(m.session().evaluationId())
            .orElseThrow(() -> HttpProblem.notFound("evaluation " + m.session().evaluationId()));
    Evaluation evaluation = evaluated.evaluation();
    LocalDate today = evaluations.today();
    String name =
        evaluation.ranking().stream()
            .filter(r -> r.framework().id().equals(choice.chosen()))
            .findFirst()
            .map(r -> r.framework().name())
            .orElse(choice.chosen());
    List<Member> members = sessions.members(sessionId);
    Decision decision =
        new Decision(
            Tokens.random().substring(0, 12),
            choice.title().isBlank()
                ? "Use " + name + " for " + evaluation.profile().name()
                : choice.title(),
            choice.status(),
            Optional.empty(),
            today,
            choice.chosen(),
            m.session().frameworks(),
            choice.rationale(),
            names(members, Role.FACILITATOR),
            names(members, Role.PARTICIPANT),
            names(members, Role.OBSERVER),
            today.plusMonths(choice.reviewMonths()),
            evaluated.saved().profileYaml(),
            // What a reassessment on this day would see: only what changes later is drift.
            Baseline.of(evaluations.today(evaluated.saved().profileYaml())));
    DecisionRecord record =
        new DecisionRecord(
            decision.id(),
            sessionId,
            DecisionJson.write(decision),
            decision.status(),
            Instant.ofEpochMilli(clock.millis()));
    store.save(record);
    return record;
  }

  private static List<String> names(List<Member> members, Role role) {
    return members.stream().filter(x -> x.role() == role).map(Member::name).toList();
  }

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
    Decision d = seen.decision();
    Decision changed =
        new Decision(
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
    store.update(id, DecisionJson.write(changed), status);
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
    return store.all().stream()
        .filter(d -> d.sessionId().equals(sessionId))
        .map(DecisionRecord::id)
        .toList();
  }

  List<Seen> visible(Principal caller) {
    return store.all().stream()
        .filter(r -> sessions.belongs(caller, r.sessionId()))
        .map(r -> find(caller, r.id()))
        .toList();
  }
}
