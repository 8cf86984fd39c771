package dev.stackfit.web.team;

import static dev.stackfit.web.team.ApiAnswers.ok;
import static dev.stackfit.web.team.ApiAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.web.auth.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal API tokens over HTTP against a real server: made by a signed-in browser session (page
 * and API), shown once and kept hashed, accepted as {@code Authorization: Bearer} without a CSRF
 * token, limited to their scope, refused once expired or revoked, and audited.
 */
class TeamApiTokenTests {

  @TempDir static Path data;
  static TeamServer server;
  static TeamClient franBrowser;
  static ApiClient fran;
  static ApiClient eve;
  static String evaluation;

  @BeforeAll
  static void start() {
    server = new TeamServer(data);
    server.user("Fran");
    server.user("Eve");
    franBrowser = server.signedIn("Fran");
    fran = ApiClient.session(franBrowser, r -> {});
    eve = ApiClient.session(server.signedIn("Eve"), r -> {});
    evaluation = SessionFixture.evaluation(server, "Fran");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode create(ApiClient who, String name, String scope) {
    return ok(
        who.post(
            "/api/v1/tokens",
            "{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\", \"days\": 30}"),
        201);
  }

  private static ApiClient bearer(String secret) {
    return ApiClient.token(server.base(), secret, r -> {});
  }

  private static List<AuditEvent> audit(AuditAction action) {
    return server.stores.audit().newest(1_000).stream().filter(e -> e.action() == action).toList();
  }

  @Test
  void aTokenIsShownOnceKeptHashedAndReadsWithoutCookies() {
    JsonNode created = create(fran, "nightly report", "read");
    String secret = created.path("token").asText();
    assertThat(secret).startsWith("sft_").hasSize(47);
    assertThat(created.path("scope").asText()).isEqualTo("read");
    assertThat(created.path("expiresAt").asText())
        .isEqualTo(TeamServer.NOW.plus(Duration.ofDays(30)).toString());

    Optional<ApiToken> stored = server.stores.tokens().findByHash(Tokens.hash(secret));
    assertThat(stored).isPresent();
    assertThat(stored.get().tokenHash()).isNotEqualTo(secret).doesNotContain(secret);
    JsonNode listed = ok(fran.get("/api/v1/tokens"), 200);
    assertThat(listed.toString()).contains("nightly report").doesNotContain(secret);
    assertThat(listed.toString()).doesNotContain(stored.get().tokenHash());

    ApiClient script = bearer(secret);
    assertThat(ok(script.get("/api/v1/sessions"), 200).has("sessions")).isTrue();
    assertThat(ok(script.get("/api/v1/decisions"), 200).has("decisions")).isTrue();
    assertThat(audit(AuditAction.TOKEN_CREATED))
        .anySatisfy(
            e -> {
              assertThat(e.account()).isEqualTo("Fran");
              assertThat(e.detail()).contains("nightly report").doesNotContain(secret);
            });
    assertThat(audit(AuditAction.TOKEN_USED))
        .anySatisfy(e -> assertThat(e.detail()).contains("GET /api/v1/sessions"));
    assertThat(server.stores.tokens().findByHash(Tokens.hash(secret)).orElseThrow().lastUsedAt())
        .contains(TeamServer.NOW);
  }

  @Test
  void aReadTokenReadsAndReassessesButChangesNothing() {
    ApiClient script = bearer(create(fran, "read only", "read").path("token").asText());
    problem(
        script.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}"),
        403,
        "token-scope");
    problem(
        script.put("/api/v1/decisions/x/status", "{\"status\": \"rejected\"}"), 403, "token-scope");
    problem(script.post("/api/v1/invitations/abc", ""), 403, "token-scope");
    assertThat(audit(AuditAction.TOKEN_REFUSED))
        .anySatisfy(e -> assertThat(e.detail()).contains("POST /api/v1/sessions", "scope"));
    // Reassessment changes nothing, so a read token may ask (here for a decision that is not
    // there).
    problem(script.post("/api/v1/decisions/nope/reassessment", ""), 404, "not-found");
    assertThat(
            ok(
                    script.post(
                        "/api/v1/ahp", "{\"judgments\": [[\"team-expertise\", \"scale-fit\", 3]]}"),
                    200)
                .isObject())
        .isTrue();
  }

  @Test
  void aReadWriteTokenChangesWithoutACsrfTokenWhileACookieStillNeedsOne() {
    ApiClient script = bearer(create(fran, "automation", "read-write").path("token").asText());
    JsonNode opened =
        ok(script.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}"), 201);
    assertThat(opened.path("role").asText()).isEqualTo("facilitator");
    assertThat(audit(AuditAction.TOKEN_USED))
        .anySatisfy(e -> assertThat(e.detail()).contains("POST /api/v1/sessions", "read-write"));

    HttpResponse<String> withoutCsrf =
        franBrowser.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"evaluation\": \"" + evaluation + "\"}"))
                .build());
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
  }

  @Test
  void aRevokedTokenIsRefusedAndOnlyItsOwnerRevokesIt() {
    JsonNode created = create(fran, "to revoke", "read");
    String id = created.path("id").asText();
    ApiClient script = bearer(created.path("token").asText());
    ok(script.get("/api/v1/sessions"), 200);

    problem(eve.delete("/api/v1/tokens/" + id), 404, "not-found");
    ok(script.get("/api/v1/sessions"), 200);
    HttpResponse<String> revoked = fran.delete("/api/v1/tokens/" + id);
    assertThat(revoked.statusCode()).isEqualTo(204);
    problem(fran.delete("/api/v1/tokens/" + id), 404, "not-found");

    HttpResponse<String> refused = script.get("/api/v1/sessions");
    problem(refused, 401, "invalid-token");
    assertThat(refused.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer error=\"invalid_token\"");
    assertThat(audit(AuditAction.TOKEN_REVOKED))
        .anySatisfy(e -> assertThat(e.detail()).contains(id));
    assertThat(audit(AuditAction.TOKEN_REFUSED))
        .anySatisfy(
            e -> {
              assertThat(e.account()).isEqualTo("Fran");
              assertThat(e.detail()).contains(id, "revoked");
            });
    assertThat(ok(fran.get("/api/v1/tokens"), 200).toString()).contains("\"revokedAt\":\"");
  }

  @Test
  void anExpiredOrUnknownTokenIsRefused() {
    Account fran = server.stores.accounts().findByName("Fran").orElseThrow();
    String secret = "sft_" + Tokens.random();
    server
        .stores
        .tokens()
        .save(
            new ApiToken(
                "expired00001",
                Tokens.hash(secret),
                fran.id(),
                "old",
                TokenScope.READ_WRITE,
                TeamServer.NOW.minus(Duration.ofDays(31)),
                TeamServer.NOW.minusSeconds(1),
                Optional.empty(),
                Optional.empty()));
    problem(bearer(secret).get("/api/v1/sessions"), 401, "invalid-token");
    assertThat(audit(AuditAction.TOKEN_REFUSED))
        .anySatisfy(e -> assertThat(e.detail()).contains("expired00001", "expired"));
    problem(bearer("sft_" + Tokens.random()).get("/api/v1/sessions"), 401, "invalid-token");
    problem(bearer("not-even-a-token").get("/api/v1/decisions"), 401, "invalid-token");
  }

  @Test
  void tokensCannotManageTokensNorOpenPages() {
    ApiClient script = bearer(create(fran, "ci", "read-write").path("token").asText());
    problem(script.get("/api/v1/tokens"), 403, "session-required");
    problem(script.post("/api/v1/tokens", "{\"name\": \"more\"}"), 403, "session-required");
    String id = ok(fran.get("/api/v1/tokens"), 200).path("tokens").get(0).path("id").asText();
    problem(script.delete("/api/v1/tokens/" + id), 403, "session-required");
    HttpResponse<String> page =
        new TeamClient(server.base())
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + "/sessions"))
                    .header("Authorization", "Bearer " + "sft_x")
                    .GET()
                    .build());
    assertThat(page.statusCode()).isEqualTo(401);
  }

  @Test
  void badTokenRequestsAnswerAProblem() {
    problem(fran.post("/api/v1/tokens", "{\"name\": \"\"}"), 400, "bad-parameter");
    problem(
        fran.post("/api/v1/tokens", "{\"name\": \"" + "n".repeat(101) + "\"}"),
        400,
        "bad-parameter");
    problem(
        fran.post("/api/v1/tokens", "{\"name\": \"x\", \"scope\": \"admin\"}"),
        400,
        "bad-parameter");
    problem(fran.post("/api/v1/tokens", "{\"name\": \"x\", \"days\": 0}"), 400, "bad-parameter");
    problem(fran.post("/api/v1/tokens", "{\"name\": \"x\", \"days\": 367}"), 400, "bad-parameter");
    problem(
        fran.post("/api/v1/tokens", "{\"name\": \"x\", \"days\": \"ten\"}"), 400, "bad-parameter");
    problem(fran.post("/api/v1/tokens", "{\"name\": "), 400, "malformed-json");
    problem(
        ApiClient.anonymous(server.base(), r -> {}).post("/api/v1/tokens", "{\"name\": \"x\"}"),
        401,
        "sign-in-required");
  }

  @Test
  void thePageMakesShowsOnceAndRevokesTokens() {
    TeamClient ada = server.signedIn("Eve");
    HttpResponse<String> page = ada.get("/tokens");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    HttpResponse<String> made =
        ada.post("/tokens", Map.of("name", "from the page", "scope", "read", "days", "7"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    Matcher secret = Pattern.compile("value=\"(sft_[A-Za-z0-9_-]{43})\"").matcher(made.body());
    assertThat(secret.find()).isTrue();
    assertThat(ok(bearer(secret.group(1)).get("/api/v1/sessions"), 200).has("sessions")).isTrue();
    assertThat(ada.get("/tokens").body()).contains("from the page").doesNotContain(secret.group(1));

    Matcher revoke = Pattern.compile("action=\"/tokens/([^/\"]+)/revoke\"").matcher(made.body());
    assertThat(revoke.find()).isTrue();
    assertThat(ada.postForm("/tokens/" + revoke.group(1) + "/revoke", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(ada.post("/tokens/" + revoke.group(1) + "/revoke", Map.of()).statusCode())
        .isEqualTo(303);
    problem(bearer(secret.group(1)).get("/api/v1/sessions"), 401, "invalid-token");
    assertThat(ada.post("/tokens", Map.of("name", " ")).statusCode()).isEqualTo(400);
  }
}
