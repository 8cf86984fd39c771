package dev.stackfit.web.team;

import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.text.TextLimit;
import dev.stackfit.formats.decision.DecisionJson;
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
 * Records a session's decision: one per session unless it supersedes another, so the same choice
 * sent twice records it once.
 */
final class DecisionRecording {
  private final DecisionStore store;
  private final DecisionSessions sessions;
  private final Evaluations evaluations;
  private final Clock clock;

  DecisionRecording(
      DecisionStore store, DecisionSessions sessions, Evaluations evaluations, Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  /**
   * What the facilitator records.
   *
   * @param supersedes the session's decision this one replaces, or "" for the session's first
   */
  record Choice(
      String chosen,
      String rationale,
      DecisionStatus status,
      int reviewMonths,
      String title,
      String supersedes) {
    Choice {
      if (status != DecisionStatus.PROPOSED && status != DecisionStatus.ACCEPTED) {
        throw HttpProblem.badRequest("bad-parameter", "a new decision is proposed or accepted");
      }
      if (reviewMonths < 1 || reviewMonths > 60) {
        throw HttpProblem.badRequest(
            "bad-parameter", "review in 1 to 60 months, was " + reviewMonths);
      }
      rationale = TextFields.text(rationale, TextLimit.RATIONALE, "bad-parameter");
      title =
          title == null ? "" : TextFields.text(title, TextLimit.DECISION_TITLE, "bad-parameter");
      supersedes = supersedes == null ? "" : supersedes.strip();
    }
  }

  /** A session's decision, and whether this request recorded it or found it recorded already. */
  record Recorded(DecisionRecord record, boolean created) {}

  /**
   * Records the facilitator's decision, once: the same choice sent again (a double click, a
   * refresh) finds the decision it recorded; a different one needs to supersede it.
   */
  Recorded decide(Principal caller, String sessionId, Choice choice) {
    DecisionSessions.Membership m = sessions.facilitator(caller, sessionId);
    if (sessions.lastRevealedRound(m) < 1) {
      throw HttpProblem.conflict(
          "nothing-revealed", "reveal a round before recording the decision");
    }
    if (!m.session().frameworks().contains(choice.chosen())) {
      throw HttpProblem.badRequest(
          "bad-parameter", choice.chosen() + " is not one of the session's options");
    }
    if (choice.rationale().isEmpty()) {
      throw HttpProblem.badRequest(
          "bad-parameter",
          "a rationale is required: say in a sentence or two why the team chose this option");
    }
    List<DecisionRecord> recorded = store.ofSession(sessionId);
    Optional<DecisionRecord> predecessor =
        choice.supersedes().isEmpty()
            ? Optional.empty()
            : Optional.of(
                recorded.stream()
                    .filter(r -> r.id().equals(choice.supersedes()))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            HttpProblem.badRequest(
                                "bad-parameter",
                                "supersedes: "
                                    + choice.supersedes()
                                    + " is not a decision of this session")));
    Optional<Recorded> again = recordedBefore(recorded, choice);
    if (again.isPresent()) {
      return again.get();
    }
    Decision decision = decision(m, choice);
    DecisionRecord record =
        new DecisionRecord(
            decision.id(),
            sessionId,
            DecisionJson.write(decision),
            decision.status(),
            Instant.ofEpochMilli(clock.millis()),
            choice.supersedes());
    boolean saved =
        predecessor.isEmpty()
            ? store.save(record)
            : store.supersede(record, supersededBy(predecessor.get(), record.id()));
    if (saved) {
      return new Recorded(record, true);
    }
    // Another request got there first, a double click most likely: answer with its decision.
    return recordedBefore(store.ofSession(sessionId), choice)
        .orElseThrow(() -> new IllegalStateException("the store refused a decision it lacks"));
  }

  /**
   * The decision this session recorded with the same predecessor, when the choice is the same; a
   * 409 when it recorded another.
   */
  private Optional<Recorded> recordedBefore(List<DecisionRecord> recorded, Choice choice) {
    Optional<DecisionRecord> same =
        recorded.stream().filter(r -> r.supersedes().equals(choice.supersedes())).findFirst();
    if (same.isEmpty()) {
      return Optional.empty();
    }
    Decision d = DecisionJson.read(same.get().decisionJson(), "decision " + same.get().id());
    boolean identical =
        d.chosen().equals(choice.chosen())
            && d.rationale().equals(choice.rationale())
            && d.status() == choice.status()
            && (choice.title().isEmpty() || d.title().equals(choice.title()))
            && d.reviewBy().equals(d.date().plusMonths(choice.reviewMonths()));
    if (!identical) {
      throw HttpProblem.conflict(
          "decision-recorded",
          "this session already recorded \""
              + d.title()
              + "\" (decision "
              + d.id()
              + ", "
              + d.date()
              + "); to change it, record a new decision on the session page: it supersedes that"
              + " one");
    }
    return Optional.of(new Recorded(same.get(), false));
  }

  /** The predecessor's record, now superseded by {@code successor}. */
  private static DecisionRecord supersededBy(DecisionRecord predecessor, String successor) {
    Decision d = DecisionJson.read(predecessor.decisionJson(), "decision " + predecessor.id());
    Decision changed =
        DecisionRecords.withStatus(d, DecisionStatus.SUPERSEDED, Optional.of(successor));
    return new DecisionRecord(
        predecessor.id(),
        predecessor.sessionId(),
        DecisionJson.write(changed),
        DecisionStatus.SUPERSEDED,
        predecessor.createdAt(),
        predecessor.supersedes());
  }

  private Decision decision(DecisionSessions.Membership m, Choice choice) {
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
    List<Member> members = sessions.members(m.session().id());
    return new Decision(
        Tokens.id(),
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
  }

  private static List<String> names(List<Member> members, Role role) {
    return members.stream().filter(x -> x.role() == role).map(Member::name).toList();
  }
}
