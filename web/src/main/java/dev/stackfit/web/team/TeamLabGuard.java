package dev.stackfit.web.team;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionStore;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.LabAttachGuard;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.Principal;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may attach a lab result on a team server. An evaluation no session uses is anybody's on the
 * team; once a decision session uses it, only that session's facilitators (or an administrator)
 * may, because the result changes the scores everyone in the session sees; and once a decision is
 * recorded on it, nobody may: its record is rebuilt from the evaluation and must not change after
 * the fact. Every attachment is audited.
 */
final class TeamLabGuard implements LabAttachGuard {
  private final Auth auth;
  private final SessionStore sessionStore;
  private final DecisionStore decisions;

  TeamLabGuard(Auth auth, SessionStore sessionStore, DecisionStore decisions) {
    this.auth = auth;
    this.sessionStore = sessionStore;
    this.decisions = decisions;
  }

  @Override
  public void check(Context ctx, String evaluationId) {
    if (!auth.usersExist()) {
      return;
    }
    Principal me = Auth.principal(ctx).orElseThrow(() -> HttpProblem.unauthorized("sign in first"));
    List<TeamSession> sessions = sessionStore.sessionsOn(evaluationId);
    if (sessions.isEmpty()) {
      return;
    }
    Set<String> ids = sessions.stream().map(TeamSession::id).collect(Collectors.toSet());
    decisions.all().stream()
        .filter(d -> ids.contains(d.sessionId()))
        .findFirst()
        .ifPresent(
            d -> {
              throw HttpProblem.conflict(
                  "decision-recorded",
                  "decision "
                      + d.id()
                      + " was recorded on evaluation "
                      + evaluationId
                      + " and is rebuilt from it; attach the lab result to a new evaluation of the"
                      + " same profile instead");
            });
    boolean facilitator =
        me.account().admin()
            || sessions.stream()
                .anyMatch(
                    s ->
                        sessionStore
                            .role(s.id(), me.account().id())
                            .equals(Optional.of(Role.FACILITATOR)));
    if (!facilitator) {
      throw HttpProblem.forbidden(
          "facilitator-only",
          "evaluation "
              + evaluationId
              + " is used by a decision session; only its facilitators or an administrator may"
              + " attach a lab result");
    }
  }

  @Override
  public void attached(Context ctx, String evaluationId) {
    auth.audit(
        ctx,
        Auth.principal(ctx).map(p -> p.account().name()).orElse(""),
        AuditAction.LAB_ATTACHED,
        evaluationId);
  }
}
