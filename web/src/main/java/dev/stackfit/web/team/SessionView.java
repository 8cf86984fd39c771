package dev.stackfit.web.team;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.Member;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The session page: members, the round's state, the caller's own ballot form (participants) and the
 * facilitator's controls. Never carries another member's ballot.
 *
 * @param m the caller's membership
 * @param members everyone in the session, with roles
 * @param submitted how many ballots the current round has (a count, not their content)
 * @param own the caller's ballot in this round, if any
 * @param names framework id to display name
 * @param csrf the caller's CSRF token
 * @param invitationLink a just-created invitation link to show once, or ""
 * @param decisions the decisions this session recorded, newest first
 * @param current the decision in force, which a new one supersedes; empty before the first
 * @param pending invitations not used yet (for facilitators; empty for others)
 * @param evaluationName the name of the profile of the saved evaluation the options come from
 */
record SessionView(
    DecisionSessions.Membership m,
    List<Member> members,
    int submitted,
    Optional<Ballot> own,
    Map<String, String> names,
    String csrf,
    String invitationLink,
    List<Decision> decisions,
    Optional<String> current,
    List<Invitation> pending,
    String evaluationName) {
  private static final DateTimeFormatter EXPIRES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  List<Criterion> criteria() {
    return DecisionSessions.CRITERIA;
  }

  boolean open() {
    return m.session().state() == SessionState.OPEN;
  }

  boolean votes() {
    return m.role() == Role.PARTICIPANT;
  }

  long participants() {
    return members.stream().filter(x -> x.role() == Role.PARTICIPANT).count();
  }

  /** How many ballots are in, and who votes: facilitators and observers never do. */
  String ballotCount() {
    long voters = participants();
    String count =
        voters == 0
            ? "No participants yet, so nobody can vote."
            : submitted
                + " of "
                + voters
                + " participant"
                + (voters == 1 ? " has" : "s have")
                + " submitted a ballot.";
    return count + " Facilitators run the session and do not vote, so the ballots are the team's.";
  }

  /** When an invitation expires, in words. */
  static String expires(Invitation invitation) {
    return EXPIRES.format(invitation.expiresAt());
  }

  /** A role as the page says it. */
  static String role(Role role) {
    return role == Role.FACILITATOR ? "co-facilitator" : role.id();
  }

  /** The title of a decision this session recorded, by id. */
  String decisionTitle(String id) {
    return decisions.stream()
        .filter(d -> d.id().equals(id))
        .map(Decision::title)
        .findFirst()
        .orElse(id);
  }

  String name(String framework) {
    return names.getOrDefault(framework, framework);
  }

  int weight(Criterion c) {
    return own.map(b -> b.weights().getOrDefault(c, 0.0)).map(w -> (int) Math.round(w)).orElse(50);
  }

  int rating(String framework, Criterion c) {
    return own.map(b -> b.ratings().getOrDefault(framework, Map.of()).getOrDefault(c, 3)).orElse(3);
  }

  String comment(String framework, Criterion c) {
    return own.map(b -> b.comments().getOrDefault(framework, Map.of()).getOrDefault(c, ""))
        .orElse("");
  }

  int enjoyment(String framework) {
    return own.map(b -> b.enjoyment().getOrDefault(framework, 3)).orElse(3);
  }

  String concerns() {
    return own.map(Ballot::concerns).orElse("");
  }

  boolean ahp() {
    return own.map(b -> !b.judgments().isEmpty()).orElse(false);
  }

  String judgment(Criterion left, Criterion right) {
    return own.flatMap(
            b ->
                b.judgments().stream()
                    .filter(j -> j.left() == left && j.right() == right)
                    .findFirst())
        .map(j -> j.ratio() >= 1 ? fmt(j.ratio()) : "1/" + fmt(1 / j.ratio()))
        .orElse("1");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
