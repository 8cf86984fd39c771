package dev.stackfit.web.team;

import dev.stackfit.core.team.TeamStores;
import dev.stackfit.web.EvaluationOwnership;
import dev.stackfit.web.Evaluations;
import dev.stackfit.web.LabAttachGuard;
import dev.stackfit.web.PublicAddress;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.ApiTokens;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.LoginRoutes;
import dev.stackfit.web.auth.TokenRoutes;
import dev.stackfit.web.auth.TrustedProxies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Accounts, decision sessions and decision records on the web app. {@code WebApp} registers it when
 * it is given a team store: its before-handler then guards every request (sign-in once an account
 * exists, CSRF on state changes) and its routes serve the team pages and API.
 */
public final class TeamWeb {
  private final Auth auth;
  private final LoginRoutes login;
  private final TokenRoutes tokenRoutes;
  private final SessionRoutes sessionRoutes;
  private final DecisionRoutes decisionRoutes;
  private final TeamApi api;
  private final SessionApi sessionApi;
  private final DecisionApi decisionApi;
  private final DecisionRecords records;
  private final EvaluationAccess access;

  public TeamWeb(WebConfig config, TeamStores stores, Evaluations evaluations) {
    ApiTokens tokens = new ApiTokens(stores.tokens());
    this.auth =
        new Auth(
            stores.accounts(),
            stores.logins(),
            stores.audit(),
            config.clock(),
            config.host(),
            config.adminCommand(),
            new TrustedProxies(config.trustedProxies()),
            tokens);
    this.tokenRoutes = new TokenRoutes(auth, tokens, config.clock());
    this.login = new LoginRoutes(auth, stores.accounts(), stores.signIns(), config.clock());
    this.access =
        new EvaluationAccess(
            auth, stores.accounts(), stores.owners(), stores.sessions(), stores.decisions());
    DecisionSessions sessions = new DecisionSessions(stores, evaluations, access, config.clock());
    this.records = new DecisionRecords(stores.decisions(), sessions, evaluations, config.clock());
    Pages pages = new Pages(config.catalog());
    InvitationThrottle throttle = new InvitationThrottle(stores.audit(), auth, config.clock());
    this.sessionRoutes =
        new SessionRoutes(config, auth, sessions, records, access, pages, throttle);
    DecisionRecording recording =
        new DecisionRecording(stores.decisions(), sessions, evaluations, config.clock());
    this.decisionRoutes = new DecisionRoutes(auth, records, recording, pages);
    this.api = new TeamApi(sessions, access);
    this.sessionApi =
        new SessionApi(
            auth,
            sessions,
            records,
            recording,
            new PublicAddress(config),
            throttle,
            tokens,
            config.clock());
    this.decisionApi = new DecisionApi(auth, records);
  }

  /** Who may attach lab results to saved evaluations on this server. */
  public LabAttachGuard labAttachGuard() {
    return access;
  }

  /** Records who saved an evaluation: its owner. */
  public EvaluationOwnership evaluationOwnership() {
    return access;
  }

  /** Adds the guard (after the app's own header and same-origin guards) and the routes. */
  public void register(RoutesConfig routes) {
    routes.before(auth::before);
    routes.before("/", this::dueReviews);
    login.register(routes);
    tokenRoutes.register(routes);
    sessionRoutes.register(routes);
    decisionRoutes.register(routes);
    api.register(routes);
    sessionApi.register(routes);
    decisionApi.register(routes);
  }

  private void dueReviews(Context ctx) {
    Auth.principal(ctx)
        .ifPresent(
            me ->
                ctx.attribute(
                    DueReviews.ATTRIBUTE,
                    records.due(me).stream()
                        .map(d -> new DueReviews.Due(d.id(), d.title(), d.reviewBy()))
                        .toList()));
  }
}
