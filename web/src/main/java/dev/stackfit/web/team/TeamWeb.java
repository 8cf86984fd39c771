package dev.stackfit.web.team;

import dev.stackfit.core.team.TeamStores;
import dev.stackfit.web.Evaluations;
import dev.stackfit.web.LabAttachGuard;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.Auth;
import dev.stackfit.web.auth.LoginRoutes;
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
  private final SessionRoutes sessionRoutes;
  private final DecisionRoutes decisionRoutes;
  private final TeamApi api;
  private final DecisionRecords records;
  private final TeamLabGuard labGuard;

  public TeamWeb(WebConfig config, TeamStores stores, Evaluations evaluations) {
    this.auth =
        new Auth(
            stores.accounts(),
            stores.logins(),
            stores.audit(),
            config.clock(),
            config.host(),
            config.adminCommand());
    this.login = new LoginRoutes(auth, stores.accounts(), stores.audit(), config.clock());
    DecisionSessions sessions = new DecisionSessions(stores, evaluations, config.clock());
    this.records = new DecisionRecords(stores.decisions(), sessions, evaluations, config.clock());
    Pages pages = new Pages(config.catalog());
    this.sessionRoutes = new SessionRoutes(config, auth, sessions, records, pages);
    DecisionRecording recording =
        new DecisionRecording(stores.decisions(), sessions, evaluations, config.clock());
    this.decisionRoutes = new DecisionRoutes(auth, records, recording, pages);
    this.api = new TeamApi(sessions);
    this.labGuard = new TeamLabGuard(auth, stores.sessions(), stores.decisions());
  }

  /** Who may attach lab results to saved evaluations on this server. */
  public LabAttachGuard labAttachGuard() {
    return labGuard;
  }

  /** Adds the guard (after the app's own header and same-origin guards) and the routes. */
  public void register(RoutesConfig routes) {
    routes.before(auth::before);
    routes.before("/", this::dueReviews);
    login.register(routes);
    sessionRoutes.register(routes);
    decisionRoutes.register(routes);
    api.register(routes);
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
