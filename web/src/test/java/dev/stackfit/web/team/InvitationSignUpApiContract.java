package dev.stackfit.web.team;

import static dev.stackfit.web.team.ApiAnswers.ok;
import static dev.stackfit.web.team.ApiAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.Role;
import dev.stackfit.store.Database;
import dev.stackfit.web.auth.Passwords;
import dev.stackfit.web.auth.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signing up through an invitation with the API ({@code POST /api/v1/invitations/{token}/account}),
 * over HTTP on a real server, with the rules of the link's page: the invitation's token is the only
 * credential, it admits once and expires, the name and password rules are the page's, a taken name
 * answers 409, refused links are throttled per address, and the audit says what the page's says. A
 * signed-in caller is judged by its credentials as everywhere in the API. Each database's test
 * class extends this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InvitationSignUpApiContract {
  private static final String GOOD =
      "{\"name\": \"%s\", \"password\": \"" + TeamServer.PASSWORD + "\"}";

  TeamServer server;
  ApiClient fran;
  ApiClient ada;
  ApiClient anonymous;
  String session;

  abstract Database openEmpty() throws Exception;

  TeamServer newServer() throws Exception {
    return new TeamServer(
        openEmpty(), "127.0.0.1", UnaryOperator.identity(), UnaryOperator.identity());
  }

  @BeforeAll
  void start() throws Exception {
    server = newServer();
    server.user("Fran");
    server.user("Ada");
    fran = ApiClient.session(server.signedIn("Fran"), r -> {});
    ada = ApiClient.session(server.signedIn("Ada"), r -> {});
    anonymous = ApiClient.anonymous(server.base(), r -> {});
    session = session(server, fran);
    join(ada, invite(fran, session, "participant"));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static String session(TeamServer server, ApiClient facilitator) {
    String evaluation = SessionFixture.evaluation(server, "Fran");
    return ok(
            facilitator.post(
                "/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\", \"title\": \"T\"}"),
            201)
        .path("id")
        .asText();
  }

  /** A new invitation's token, made by the facilitator through the API. */
  private static String invite(ApiClient facilitator, String session, String role) {
    String link =
        ok(
                facilitator.post(
                    "/api/v1/sessions/" + session + "/invitations", "{\"role\": \"" + role + "\"}"),
                201)
            .path("link")
            .asText();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private static void join(ApiClient who, String token) {
    ok(who.post("/api/v1/invitations/" + token, ""), 200);
  }

  private static String account(String token) {
    return "/api/v1/invitations/" + token + "/account";
  }

  private long audited(TeamServer on, AuditAction action, String account) {
    return on.stores.audit().newest(1_000).stream()
        .filter(e -> e.action() == action && e.account().equals(account))
        .count();
  }

  @Test
  void anInviteeCreatesAnAccountWithTheApiAndThenBallotsInTheSession() {
    String token = invite(fran, session, "participant");
    HttpResponse<String> created = anonymous.post(account(token), GOOD.formatted("Nia"));
    JsonNode body = ok(created, 201);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/sessions/" + session);
    assertThat(created.headers().allValues("Set-Cookie")).as("no sign-in session").isEmpty();
    assertThat(body.path("account").path("name").asText()).isEqualTo("Nia");
    assertThat(body.path("session").path("id").asText()).isEqualTo(session);
    assertThat(body.path("session").path("role").asText()).isEqualTo("participant");
    assertThat(body.path("session").path("members").findValuesAsText("name"))
        .contains("Fran", "Ada", "Nia");
    assertThat(body.has("token")).isFalse();

    Account nia = server.stores.accounts().findByName("Nia").orElseThrow();
    assertThat(nia.admin()).isFalse();
    assertThat(nia.passwordHash()).startsWith("$argon2id$").doesNotContain(TeamServer.PASSWORD);
    assertThat(Passwords.verify(TeamServer.PASSWORD, nia.passwordHash())).isTrue();
    List<AuditEvent> audit =
        server.stores.audit().newest(1_000).stream()
            .filter(e -> e.account().equals("Nia"))
            .toList();
    assertThat(audit)
        .extracting(AuditEvent::action, AuditEvent::detail)
        .contains(
            org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_CREATED, "by invitation"),
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.INVITATION_REDEEMED, session + " as participant"));
    assertThat(audit).allSatisfy(e -> assertThat(e.detail()).doesNotContain(token));

    // The new account signs in like any other and ballots in the session it joined.
    ApiClient niaClient = ApiClient.session(server.signedIn("Nia"), r -> {});
    String s = "/api/v1/sessions/" + session;
    JsonNode state = ok(niaClient.get(s), 200);
    assertThat(state.path("role").asText()).isEqualTo("participant");
    ok(niaClient.put(s + "/ballot", TeamApiRoleTests.ballot(state, 0)), 200);
    assertThat(ok(fran.get(s), 200).path("submitted").asInt()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anInviteeMayAskForAnApiTokenToCarryOnWithoutAPassword() {
    String token = invite(fran, session, "observer");
    JsonNode body =
        ok(
            anonymous.post(
                account(token),
                "{\"name\": \"Bot\", \"password\": \""
                    + TeamServer.PASSWORD
                    + "\", \"token\": {\"name\": \"ci\", \"scope\": \"read\", \"days\": 7}}"),
            201);
    JsonNode made = body.path("token");
    assertThat(made.path("name").asText()).isEqualTo("ci");
    assertThat(made.path("scope").asText()).isEqualTo("read");
    assertThat(made.path("expiresAt").asText())
        .isEqualTo(TeamServer.NOW.plusSeconds(7 * 86_400).toString());
    String secret = made.path("token").asText();
    assertThat(secret).startsWith("sft_");
    assertThat(audited(server, AuditAction.TOKEN_CREATED, "Bot")).isEqualTo(1);

    ApiClient bot = ApiClient.token(server.base(), secret, r -> {});
    assertThat(ok(bot.get("/api/v1/sessions/" + session), 200).path("role").asText())
        .isEqualTo("observer");
    problem(bot.post("/api/v1/sessions/" + session + "/reveal", ""), 403, "token-scope");

    // A bad token request is refused before the account is made: the invitation stays usable.
    String other = invite(fran, session, "participant");
    for (String bad :
        List.of(
            "\"token\": {\"name\": \"\"}",
            "\"token\": {\"name\": \"ci\", \"scope\": \"admin\"}",
            "\"token\": {\"name\": \"ci\", \"days\": 0}",
            "\"token\": {\"name\": \"ci\", \"days\": \"7\"}",
            "\"token\": \"ci\"")) {
      String detail =
          problem(
              anonymous.post(
                  account(other),
                  "{\"name\": \"Bot2\", \"password\": \""
                      + TeamServer.PASSWORD
                      + "\", "
                      + bad
                      + "}"),
              400,
              "bad-parameter");
      assertThat(detail).startsWith("token");
    }
    assertThat(server.stores.accounts().findByName("Bot2")).isEmpty();
    ok(anonymous.post(account(other), GOOD.formatted("Bot2")), 201);
  }

  @Test
  void aUsedOrExpiredOrMadeUpInvitationIsRefusedWith410() {
    String token = invite(fran, session, "participant");
    ok(anonymous.post(account(token), GOOD.formatted("Once")), 201);
    problem(anonymous.post(account(token), GOOD.formatted("Twice")), 410, "invitation-gone");
    assertThat(server.stores.accounts().findByName("Twice")).isEmpty();

    String expired = Tokens.random();
    server
        .stores
        .invitations()
        .save(
            new Invitation(
                Tokens.hash(expired),
                session,
                Role.PARTICIPANT,
                TeamServer.NOW.minusSeconds(1),
                Optional.empty()));
    problem(anonymous.post(account(expired), GOOD.formatted("Late")), 410, "invitation-gone");
    problem(anonymous.post(account("made-up"), GOOD.formatted("Guess")), 410, "invitation-gone");
    problem(
        anonymous.post(account("x".repeat(500)), GOOD.formatted("Long")), 410, "invitation-gone");
    assertThat(server.stores.accounts().findByName("Late")).isEmpty();
    assertThat(server.stores.accounts().findByName("Guess")).isEmpty();
    // A link used through the API is used for the page, too.
    assertThat(new TeamClient(server.base()).get("/invitations/" + token).statusCode())
        .isEqualTo(410);
  }

  @Test
  void aTakenNameAnswers409AndLeavesTheInvitationUsable() {
    String token = invite(fran, session, "participant");
    for (String taken : List.of("Ada", "ada", "  Fran ")) {
      String detail =
          problem(anonymous.post(account(token), GOOD.formatted(taken)), 409, "name-taken");
      assertThat(detail).startsWith("name:");
    }
    assertThat(
            ok(anonymous.post(account(token), GOOD.formatted("Ada2")), 201)
                .path("account")
                .path("name")
                .asText())
        .isEqualTo("Ada2");
  }

  @Test
  void badFieldsAnswer400NamingTheFieldAndLeaveTheInvitationUsable() {
    String token = invite(fran, session, "participant");
    Map<String, String> bad =
        Map.of(
            "{\"password\": \"" + TeamServer.PASSWORD + "\"}",
            "name:",
            "{\"name\": \"\", \"password\": \"" + TeamServer.PASSWORD + "\"}",
            "name:",
            "{\"name\": \"Ev\\u202ee\", \"password\": \"" + TeamServer.PASSWORD + "\"}",
            "name:",
            "{\"name\": \"" + "n".repeat(65) + "\", \"password\": \"" + TeamServer.PASSWORD + "\"}",
            "name:",
            "{\"name\": 7, \"password\": \"" + TeamServer.PASSWORD + "\"}",
            "name:",
            "{\"name\": \"Short\", \"password\": \"123456789\"}",
            "password:",
            "{\"name\": \"Short\"}",
            "password:",
            "{\"name\": \"Short\", \"password\": [\"x\"]}",
            "password:",
            "{\"name\": \"Long\", \"password\": \"" + "p".repeat(1_001) + "\"}",
            "password:");
    bad.forEach(
        (body, field) ->
            assertThat(problem(anonymous.post(account(token), body), 400, "bad-parameter"))
                .as(body)
                .startsWith(field));
    problem(anonymous.post(account(token), "{\"name\": "), 400, "malformed-json");
    problem(anonymous.post(account(token), "[]"), 400, "bad-input");
    problem(anonymous.post(account(token), ""), 400, "bad-parameter");
    assertThat(server.stores.accounts().findByName("Short")).isEmpty();
    ok(anonymous.post(account(token), GOOD.formatted("Short")), 201);
  }

  @Test
  void signedInCallersAreJudgedByTheirCredentialsAndMembersAreUnchanged() throws Exception {
    String token = invite(fran, session, "participant");
    // A session cookie is a credential: without its CSRF token, 403 as everywhere in the API.
    TeamClient browser = server.signedIn("Ada");
    HttpResponse<String> forged =
        browser.send(
            HttpRequest.newBuilder(URI.create(server.base() + account(token)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GOOD.formatted("Forged")))
                .build());
    problem(forged, 403, "csrf");
    // Without credentials, another site's page still cannot post it through a visitor's browser.
    HttpResponse<String> crossSite =
        new TeamClient(server.base())
            .send(
                HttpRequest.newBuilder(URI.create(server.base() + account(token)))
                    .header("Content-Type", "application/json")
                    .header("Origin", "https://elsewhere.example")
                    .POST(HttpRequest.BodyPublishers.ofString(GOOD.formatted("Forged")))
                    .build());
    problem(crossSite, 403, "cross-origin");
    // With it, a signed-in account cannot make a second account: it joins as itself.
    String detail = problem(ada.post(account(token), GOOD.formatted("Second")), 403, "signed-in");
    assertThat(detail).contains("Ada");
    problem(fran.post(account(token), GOOD.formatted("Second")), 403, "signed-in");
    // A token is a credential too: a read token may not post, a read-write one is signed in.
    for (String scope : List.of("read", "read-write")) {
      String secret =
          ok(
                  fran.post(
                      "/api/v1/tokens",
                      "{\"name\": \"" + scope + "\", \"scope\": \"" + scope + "\"}"),
                  201)
              .path("token")
              .asText();
      ApiClient script = ApiClient.token(server.base(), secret, r -> {});
      problem(
          script.post(account(token), GOOD.formatted("Second")),
          403,
          scope.equals("read") ? "token-scope" : "signed-in");
    }
    ApiClient forgedToken = ApiClient.token(server.base(), "sft_" + "x".repeat(43), r -> {});
    problem(forgedToken.post(account(token), GOOD.formatted("Second")), 401, "invalid-token");
    assertThat(server.stores.accounts().findByName("Second")).isEmpty();
    assertThat(server.stores.accounts().findByName("Forged")).isEmpty();

    // None of that used the invitation up; an existing account still joins with it as before.
    ApiClient eve = ApiClient.session(signedInNew("Eve"), r -> {});
    JsonNode state = ok(eve.post("/api/v1/invitations/" + token, ""), 200);
    assertThat(state.path("role").asText()).isEqualTo("participant");
    problem(anonymous.post(account(token), GOOD.formatted("Third")), 410, "invitation-gone");
    // Members keep their roles; the facilitator still invites, a participant still cannot.
    assertThat(ok(fran.get("/api/v1/sessions/" + session), 200).path("role").asText())
        .isEqualTo("facilitator");
    assertThat(ok(ada.get("/api/v1/sessions/" + session), 200).path("role").asText())
        .isEqualTo("participant");
    problem(
        ada.post("/api/v1/sessions/" + session + "/invitations", "{}"), 403, "facilitator-only");
  }

  private TeamClient signedInNew(String name) {
    server.user(name);
    return server.signedIn(name);
  }

  @Test
  void refusedLinksFromOneAddressAreThrottledWith429OnTheApiAndThePage() throws Exception {
    try (TeamServer other = newServer()) {
      other.user("Fran");
      ApiClient facilitator = ApiClient.session(other.signedIn("Fran"), r -> {});
      String id = session(other, facilitator);
      String token = invite(facilitator, id, "participant");
      ApiClient visitor = ApiClient.anonymous(other.base(), r -> {});
      for (int i = 0; i < 20; i++) {
        problem(
            visitor.post(account("made-up-" + i), GOOD.formatted("Guess")), 410, "invitation-gone");
      }
      HttpResponse<String> throttled = visitor.post(account(token), GOOD.formatted("Nia"));
      problem(throttled, 429, "throttled");
      long wait = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
      assertThat(wait).isBetween(1L, 15 * 60L);
      assertThat(other.stores.accounts().findByName("Nia")).isEmpty();
      assertThat(audited(other, AuditAction.INVITATION_THROTTLED, "")).isEqualTo(1);

      // The page's form counts and waits the same way, and so does joining as an account.
      TeamClient browser = new TeamClient(other.base());
      browser.get("/invitations/" + token);
      HttpResponse<String> page =
          browser.postForm(
              "/invitations/" + token,
              Map.of(
                  "name",
                  "Nia",
                  "password",
                  TeamServer.PASSWORD,
                  "_csrf",
                  browser.cookie("stackfit_form")));
      assertThat(page.statusCode()).isEqualTo(429);
      assertThat(page.headers().firstValue("Retry-After")).isPresent();
      problem(facilitator.post("/api/v1/invitations/" + token, ""), 429, "throttled");
      assertThat(other.stores.accounts().findByName("Nia")).isEmpty();
    }
  }
}
