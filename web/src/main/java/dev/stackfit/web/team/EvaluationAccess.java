package dev.stackfit.web.team;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.EvaluationOwners;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionStore;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.web.EvaluationOwnership;
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
 * Who may use a saved evaluation on a team server (docs/web.md, "Ownership"). Everyone signed in
 * may read it; only its owner (who saved it), an administrator, an account the owner allowed, or a
 * facilitator of a session one of them opened on it may attach evidence to it or open sessions on
 * it, because evidence changes the scores every session on it sees. Once a decision is recorded on
 * it, nobody may attach evidence: its record is rebuilt from it. Evaluations saved before any
 * account existed have no owner and are the administrators'. Every attachment and permission is
 * audited.
 */
final class EvaluationAccess implements LabAttachGuard, EvaluationOwnership {
  private final Auth auth;
  private final AccountStore accounts;
  private final EvaluationOwners owners;
  private final SessionStore sessionStore;
  private final DecisionStore decisions;

  EvaluationAccess(
      Auth auth,
      AccountStore accounts,
      EvaluationOwners owners,
      SessionStore sessionStore,
      DecisionStore decisions) {
    this.auth = auth;
    this.accounts = accounts;
    this.owners = owners;
    this.sessionStore = sessionStore;
    this.decisions = decisions;
  }

  @Override
  public void saved(Context ctx, String evaluationId) {
    Auth.principal(ctx).ifPresent(p -> owners.claim(evaluationId, p.account().id()));
  }

  /** True when the caller may attach evidence to the evaluation and open sessions on it. */
  boolean mayUse(Principal caller, String evaluationId) {
    Account me = caller.account();
    if (me.admin()) {
      return true;
    }
    Optional<String> owner = owners.owner(evaluationId);
    Set<String> allowed = owners.allowed(evaluationId);
    if (owner.equals(Optional.of(me.id())) || allowed.contains(me.id())) {
      return true;
    }
    return sessionStore.sessionsOn(evaluationId).stream()
        .filter(s -> sanctioned(s, owner, allowed))
        .anyMatch(s -> sessionStore.role(s.id(), me.id()).equals(Optional.of(Role.FACILITATOR)));
  }

  /** A session opened by someone who may use the evaluation (checked when it was opened, too). */
  private boolean sanctioned(TeamSession s, Optional<String> owner, Set<String> allowed) {
    return owner.equals(Optional.of(s.createdBy()))
        || allowed.contains(s.createdBy())
        || accounts.find(s.createdBy()).map(Account::admin).orElse(false);
  }

  /** 403 unless the caller {@link #mayUse} the evaluation. */
  void requireUse(Principal caller, String evaluationId, String toDo) {
    if (!mayUse(caller, evaluationId)) {
      throw HttpProblem.forbidden(
          "owner-only",
          "only the owner of evaluation "
              + evaluationId
              + " (who saved it), an administrator, someone the owner allowed, or a facilitator of"
              + " their sessions on it may "
              + toDo);
    }
  }

  /** True when the caller may allow others on the evaluation: its owner or an administrator. */
  boolean owns(Principal caller, String evaluationId) {
    return caller.account().admin()
        || owners.owner(evaluationId).equals(Optional.of(caller.account().id()));
  }

  /**
   * Lets the named account open sessions on the evaluation; only its owner or an administrator may.
   *
   * @return the account allowed
   */
  Account allow(Context ctx, Principal caller, String evaluationId, String accountName) {
    if (!owns(caller, evaluationId)) {
      throw HttpProblem.forbidden(
          "owner-only",
          "only the owner of evaluation " + evaluationId + " or an administrator may allow others");
    }
    Account account =
        accounts
            .findByName(accountName == null ? "" : accountName.strip())
            .orElseThrow(() -> HttpProblem.notFound("account " + accountName));
    owners.allow(evaluationId, account.id());
    auth.audit(
        ctx,
        caller.account().name(),
        AuditAction.EVALUATION_ALLOWED,
        evaluationId + " for " + account.name());
    return account;
  }

  /** Names of the accounts the owner allowed, for pages and the API. */
  List<String> allowedNames(String evaluationId) {
    return owners.allowed(evaluationId).stream()
        .map(accounts::find)
        .flatMap(Optional::stream)
        .map(Account::name)
        .sorted()
        .toList();
  }

  /** The owner's name, if the evaluation has one. */
  Optional<String> ownerName(String evaluationId) {
    return owners.owner(evaluationId).flatMap(accounts::find).map(Account::name);
  }

  @Override
  public void check(Context ctx, String evaluationId) {
    if (!auth.usersExist()) {
      return;
    }
    Principal me = Auth.principal(ctx).orElseThrow(() -> HttpProblem.unauthorized("sign in first"));
    Set<String> sessions =
        sessionStore.sessionsOn(evaluationId).stream()
            .map(TeamSession::id)
            .collect(Collectors.toSet());
    decisions.all().stream()
        .filter(d -> sessions.contains(d.sessionId()))
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
    requireUse(me, evaluationId, "attach a lab result");
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
