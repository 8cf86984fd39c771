package dev.stackfit.web.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Identified;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;

/**
 * Managing one's personal API tokens: the {@code /tokens} page and {@code /api/v1/tokens}. Only a
 * browser session may (a token cannot make or revoke tokens); every creation and revocation is
 * audited, never the secret.
 */
public final class TokenRoutes {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Auth auth;
  private final ApiTokens tokens;
  private final Clock clock;
  private final Templates templates = new Templates();

  public TokenRoutes(Auth auth, ApiTokens tokens, Clock clock) {
    this.auth = auth;
    this.tokens = tokens;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/tokens", ctx -> page(ctx, ""));
    routes.post("/tokens", this::createFromForm);
    routes.post("/tokens/{id}/revoke", this::revokeFromForm);
    routes.get("/api/v1/tokens", this::list);
    routes.post("/api/v1/tokens", this::createFromApi);
    routes.delete("/api/v1/tokens/{id}", this::revokeFromApi);
  }

  private void page(Context ctx, String secret) {
    Principal me = Auth.requireSession(ctx);
    templates.page(
        ctx,
        "auth/tokens.jte",
        new TokensView(tokens.of(me.account()), secret, me.csrfToken(), clock.instant()));
  }

  private void createFromForm(Context ctx) {
    ApiTokens.Created created =
        create(ctx, ctx.formParam("name"), ctx.formParam("scope"), days(ctx.formParam("days")));
    ctx.status(HttpStatus.CREATED);
    page(ctx, created.secret());
  }

  private void revokeFromForm(Context ctx) {
    revoke(ctx, ctx.pathParam("id"));
    ctx.redirect("/tokens", HttpStatus.SEE_OTHER);
  }

  private void list(Context ctx) {
    Principal me = Auth.requireSession(ctx);
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode list = body.putArray("tokens");
    tokens.of(me.account()).forEach(t -> list.add(json(t)));
    ctx.json(body.toString());
  }

  private void createFromApi(Context ctx) {
    JsonNode request = body(ctx);
    JsonNode days = request.path("days");
    if (!days.isMissingNode() && !days.isNull() && !days.isIntegralNumber()) {
      throw HttpProblem.badRequest("bad-parameter", "days: expected a whole number, was " + days);
    }
    ApiTokens.Created created =
        create(
            ctx,
            request.path("name").asText(""),
            request.path("scope").isTextual() ? request.path("scope").asText() : null,
            days.isIntegralNumber() ? days.asInt() : ApiTokens.DEFAULT_DAYS);
    ObjectNode answer = json(created.token());
    answer.put("token", created.secret());
    ctx.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/tokens/" + created.token().id())
        .json(answer.toString());
  }

  private void revokeFromApi(Context ctx) {
    revoke(ctx, ctx.pathParam("id"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private ApiTokens.Created create(Context ctx, String name, String scopeId, int days) {
    Principal me = Auth.requireSession(ctx);
    TokenScope scope = scope(scopeId);
    ApiTokens.Created created;
    try {
      created = tokens.create(me.account(), name, scope, days, clock.instant());
    } catch (BadInputException e) {
      throw HttpProblem.badRequest("bad-parameter", e.getMessage());
    }
    auth.audit(ctx, me.account().name(), AuditAction.TOKEN_CREATED, created.token().describe());
    return created;
  }

  private void revoke(Context ctx, String id) {
    Principal me = Auth.requireSession(ctx);
    if (!tokens.revoke(me.account(), id, clock.instant())) {
      throw HttpProblem.notFound("active token " + id + " of " + me.account().name());
    }
    auth.audit(ctx, me.account().name(), AuditAction.TOKEN_REVOKED, "token " + id);
  }

  private static TokenScope scope(String id) {
    String value = id == null ? TokenScope.READ.id() : id;
    return Identified.byId(TokenScope.class, value)
        .orElseThrow(
            () ->
                HttpProblem.badRequest(
                    "bad-parameter", "scope: " + Identified.notOneOf(TokenScope.class, value)));
  }

  private static int days(String text) {
    if (text == null || text.isBlank()) {
      return ApiTokens.DEFAULT_DAYS;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(
          "bad-parameter", "days: expected a whole number, was \"" + text + "\"");
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node =
          ctx.body().isBlank() ? MAPPER.createObjectNode() : MAPPER.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw HttpProblem.badRequest("bad-input", "the body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HttpProblem(400, "malformed-json", "Malformed JSON", e.getOriginalMessage());
    }
  }

  /** A token as the API lists it: never its secret or hash. */
  public static ObjectNode json(ApiToken t) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", t.id());
    item.put("name", t.name());
    item.put("scope", t.scope().id());
    item.put("createdAt", t.createdAt().toString());
    item.put("expiresAt", t.expiresAt().toString());
    t.lastUsedAt()
        .ifPresentOrElse(
            at -> item.put("lastUsedAt", at.toString()), () -> item.putNull("lastUsedAt"));
    t.revokedAt()
        .ifPresentOrElse(
            at -> item.put("revokedAt", at.toString()), () -> item.putNull("revokedAt"));
    return item;
  }
}
