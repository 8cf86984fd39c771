package dev.stackfit.web.team;

import static dev.stackfit.web.team.ApiAnswers.ok;
import static dev.stackfit.web.team.ApiAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session and decision API, per role, over HTTP against a real server: the facilitator runs the
 * session, participants vote, observers read, accounts outside the session (an administrator
 * included, as on the pages) get 403, anonymous callers 401; bad input answers a 4xx problem.
 */
class TeamApiRoleTests {

  @TempDir static Path data;
  static TeamServer server;
  static ApiClient fran;
  static ApiClient ada;
  static ApiClient oli;
  static ApiClient eve;
  static ApiClient root;
  static ApiClient anonymous;
  static String evaluation;

  @BeforeAll
  static void start() {
    server = new TeamServer(data);
    server.stores.accounts().add("Root", TeamServer.passwordHash(), true, TeamServer.NOW);
    for (String name : List.of("Fran", "Ada", "Oli", "Eve")) {
      server.user(name);
    }
    fran = client("Fran");
    ada = client("Ada");
    oli = client("Oli");
    eve = client("Eve");
    root = client("Root");
    anonymous = ApiClient.anonymous(server.base(), r -> {});
    evaluation = SessionFixture.evaluation(server, "Fran");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static ApiClient client(String name) {
    return ApiClient.session(server.signedIn(name), r -> {});
  }

  /** A session of Fran's with Ada participating and Oli observing, all through the API. */
  private static String session(String title) {
    String id =
        ok(
                fran.post(
                    "/api/v1/sessions",
                    "{\"evaluation\": \"" + evaluation + "\", \"title\": \"" + title + "\"}"),
                201)
            .path("id")
            .asText();
    join(ada, id, "participant");
    join(oli, id, "observer");
    return id;
  }

  private static void join(ApiClient who, String session, String role) {
    String link =
        ok(
                fran.post(
                    "/api/v1/sessions/" + session + "/invitations", "{\"role\": \"" + role + "\"}"),
                201)
            .path("link")
            .asText();
    JsonNode state =
        ok(who.post("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1), ""), 200);
    assertThat(state.path("role").asText()).isEqualTo(role);
  }

  /** A ballot for the session whose state is given, favouring one of its frameworks. */
  static String ballot(JsonNode state, int favourite) {
    List<String> frameworks = new ArrayList<>();
    state.path("frameworks").forEach(f -> frameworks.add(f.asText()));
    return ApiAnswers.ballot(frameworks, favourite, "");
  }

  @Test
  void everyoneListsOnlyTheSessionsTheyBelongToWithTheirRole() {
    String id = session("Listing");
    for (var who : List.of(List.of(fran, "facilitator"), List.of(ada, "participant"))) {
      JsonNode sessions = ok(((ApiClient) who.get(0)).get("/api/v1/sessions"), 200);
      assertThat(sessions.path("sessions").findValuesAsText("id")).contains(id);
      sessions
          .path("sessions")
          .forEach(
              s -> {
                if (s.path("id").asText().equals(id)) {
                  assertThat(s.path("role").asText()).isEqualTo(who.get(1));
                }
              });
    }
    assertThat(ok(eve.get("/api/v1/sessions"), 200).path("sessions").findValuesAsText("id"))
        .doesNotContain(id);
    assertThat(ok(root.get("/api/v1/sessions"), 200).path("sessions").findValuesAsText("id"))
        .doesNotContain(id);
    problem(anonymous.get("/api/v1/sessions"), 401, "sign-in-required");
  }

  @Test
  void onlyMembersReadASession() {
    String s = "/api/v1/sessions/" + session("Reading");
    assertThat(ok(oli.get(s), 200).path("role").asText()).isEqualTo("observer");
    assertThat(ok(ada.get(s), 200).path("members").findValuesAsText("name"))
        .contains("Fran", "Ada", "Oli");
    problem(eve.get(s), 403, "not-a-member");
    problem(root.get(s), 403, "not-a-member");
    assertThat(anonymous.get(s).statusCode()).isEqualTo(401);
    problem(fran.get("/api/v1/sessions/no-such-session"), 404, "not-found");
  }

  @Test
  void sessionsOpenOnlyOnEvaluationsTheCallerMayUse() {
    problem(
        eve.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}"),
        403,
        "owner-only");
    problem(fran.post("/api/v1/sessions", "{\"title\": \"no evaluation\"}"), 400, "bad-parameter");
    problem(fran.post("/api/v1/sessions", "{\"evaluation\": "), 400, "malformed-json");
    problem(fran.post("/api/v1/sessions", "[1, 2]"), 400, "bad-input");
    problem(fran.post("/api/v1/sessions", "{\"evaluation\": \"nope\"}"), 404, "not-found");
    problem(
        fran.post(
            "/api/v1/sessions",
            "{\"evaluation\": \"" + evaluation + "\", \"title\": \"" + "x".repeat(201) + "\"}"),
        400,
        "bad-parameter");
    HttpResponse<String> opened =
        fran.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}");
    JsonNode state = ok(opened, 201);
    assertThat(opened.headers().firstValue("Location"))
        .contains("/api/v1/sessions/" + state.path("id").asText());
    assertThat(state.path("role").asText()).isEqualTo("facilitator");
  }

  @Test
  void onlyTheFacilitatorInvitesAndALinkAdmitsOnce() {
    String id = session("Inviting");
    String invitations = "/api/v1/sessions/" + id + "/invitations";
    for (ApiClient notFacilitator : List.of(ada, oli)) {
      problem(
          notFacilitator.post(invitations, "{\"role\": \"participant\"}"), 403, "facilitator-only");
    }
    problem(eve.post(invitations, "{}"), 403, "not-a-member");
    problem(fran.post(invitations, "{\"role\": \"boss\"}"), 400, "bad-parameter");
    problem(fran.post(invitations, "{\"hours\": 100000}"), 400, "bad-parameter");
    JsonNode invitation = ok(fran.post(invitations, "{\"hours\": 2}"), 201);
    assertThat(invitation.path("role").asText()).isEqualTo("participant");
    assertThat(invitation.path("link").asText()).startsWith(server.base() + "/invitations/");
    assertThat(invitation.path("expiresAt").asText())
        .isEqualTo(TeamServer.NOW.plusSeconds(7200).toString());
    String link = invitation.path("link").asText();
    String redeem = "/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1);
    assertThat(anonymous.post(redeem, "").statusCode()).isIn(401, 403);
    ok(eve.post(redeem, ""), 200);
    problem(root.post(redeem, ""), 410, "invitation-gone");
    problem(root.post("/api/v1/invitations/forged", ""), 410, "invitation-gone");
  }

  @Test
  void aRoundRunsFromBallotsToRevealToDecisionToTheNextRound() {
    String id = session("Deciding");
    String s = "/api/v1/sessions/" + id;
    JsonNode state = ok(ada.get(s), 200);
    assertThat(state.path("state").asText()).isEqualTo("open");

    problem(fran.post(s + "/reveal", ""), 409, "nothing-to-reveal");
    ok(ada.put(s + "/ballot", ballot(state, 0)), 200);
    problem(oli.put(s + "/ballot", ballot(state, 1)), 403, "participants-only");
    problem(ada.get(s + "/rounds/1"), 403, "ballots-sealed");
    problem(fran.post(s + "/decision", "{\"chosen\": \"quarkus\"}"), 409, "nothing-revealed");
    for (ApiClient notFacilitator : List.of(ada, oli)) {
      problem(notFacilitator.post(s + "/reveal", ""), 403, "facilitator-only");
    }
    problem(eve.post(s + "/reveal", ""), 403, "not-a-member");

    JsonNode revealed = ok(fran.post(s + "/reveal", ""), 200);
    assertThat(revealed.path("state").asText()).isEqualTo("revealed");
    problem(fran.post(s + "/reveal", ""), 409, "round-revealed");
    JsonNode round = ok(oli.get(s + "/rounds/1"), 200);
    assertThat(round.path("round").asInt()).isEqualTo(1);
    assertThat(round.path("ranking").size()).isEqualTo(state.path("frameworks").size());
    problem(eve.get(s + "/rounds/1"), 403, "not-a-member");
    problem(ada.get(s + "/rounds/x"), 400, "bad-parameter");

    String chosen = state.path("frameworks").get(0).asText();
    for (ApiClient notFacilitator : List.of(ada, oli)) {
      problem(
          notFacilitator.post(s + "/decision", "{\"chosen\": \"" + chosen + "\"}"),
          403,
          "facilitator-only");
    }
    problem(fran.post(s + "/decision", "{\"chosen\": \"cobol\"}"), 400, "bad-parameter");
    problem(
        fran.post(s + "/decision", "{\"chosen\": \"" + chosen + "\", \"status\": \"maybe\"}"),
        400,
        "bad-parameter");
    HttpResponse<String> recorded =
        fran.post(
            s + "/decision",
            "{\"chosen\": \"" + chosen + "\", \"rationale\": \"fits\", \"reviewMonths\": 6}");
    JsonNode decision = ok(recorded, 201);
    String d = "/api/v1/decisions/" + decision.path("id").asText();
    assertThat(recorded.headers().firstValue("Location")).contains(d);
    assertThat(decision.path("chosen").asText()).isEqualTo(chosen);
    assertThat(ok(oli.get(s), 200).path("decisions").toString())
        .contains(decision.path("id").asText());

    problem(ada.post(s + "/rounds", ""), 403, "facilitator-only");
    JsonNode next = ok(fran.post(s + "/rounds", ""), 200);
    assertThat(next.path("round").asInt()).isEqualTo(2);
    assertThat(next.path("state").asText()).isEqualTo("open");
    problem(fran.post(s + "/rounds", ""), 409, "round-open");
  }

  @Test
  void membersReadDecisionsAndOnlyTheFacilitatorChangesTheirStatus() {
    String id = session("Records");
    String s = "/api/v1/sessions/" + id;
    JsonNode state = ok(ada.get(s), 200);
    ok(ada.put(s + "/ballot", ballot(state, 1)), 200);
    ok(fran.post(s + "/reveal", ""), 200);
    String chosen = state.path("frameworks").get(1).asText();
    String body = "{\"chosen\": \"" + chosen + "\", \"rationale\": \"it fits\"}";
    String decisionId = ok(fran.post(s + "/decision", body), 201).path("id").asText();
    String d = "/api/v1/decisions/" + decisionId;
    // The same choice sent again finds the decision it recorded; another choice needs to supersede.
    assertThat(ok(fran.post(s + "/decision", body), 200).path("id").asText()).isEqualTo(decisionId);
    String other = state.path("frameworks").get(0).asText();
    problem(
        fran.post(s + "/decision", "{\"chosen\": \"" + other + "\", \"rationale\": \"no\"}"),
        409,
        "decision-recorded");

    for (ApiClient member : List.of(fran, ada, oli)) {
      assertThat(ok(member.get("/api/v1/decisions"), 200).path("decisions").toString())
          .contains(decisionId);
      assertThat(ok(member.get(d), 200).path("id").asText()).isEqualTo(decisionId);
    }
    for (ApiClient outsider : List.of(eve, root)) {
      assertThat(ok(outsider.get("/api/v1/decisions"), 200).path("decisions").toString())
          .doesNotContain(decisionId);
      problem(outsider.get(d), 403, "not-a-member");
      problem(outsider.post(d + "/reassessment", ""), 403, "not-a-member");
    }
    assertThat(anonymous.get(d).statusCode()).isEqualTo(401);
    problem(fran.get("/api/v1/decisions/nope"), 404, "not-found");

    HttpResponse<String> madr = oli.get(d, "text/markdown");
    assertThat(madr.statusCode()).isEqualTo(200);
    assertThat(madr.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(madr.body()).startsWith("---").contains("## Decision Outcome");
    HttpResponse<String> csv = oli.get(d, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("name,ring,quadrant").contains(",Adopt,");
    problem(oli.get(d, "image/png"), 406, "not-acceptable");

    for (ApiClient notFacilitator : List.of(ada, oli)) {
      problem(
          notFacilitator.put(d + "/status", "{\"status\": \"rejected\"}"), 403, "facilitator-only");
    }
    problem(fran.put(d + "/status", "{\"status\": \"maybe\"}"), 400, "bad-parameter");
    problem(fran.put(d + "/status", "{\"status\": \"superseded\"}"), 400, "bad-parameter");
    JsonNode changed = ok(fran.put(d + "/status", "{\"status\": \"deprecated\"}"), 200);
    assertThat(changed.path("status").asText()).isEqualTo("deprecated");
    assertThat(ok(ada.get(d), 200).path("status").asText()).isEqualTo("deprecated");

    JsonNode reassessment = ok(oli.post(d + "/reassessment", ""), 200);
    assertThat(reassessment.path("decision").asText()).isEqualTo(decisionId);
    assertThat(reassessment.path("chosen").asText()).isEqualTo(chosen);
    assertThat(reassessment.path("due").isBoolean()).isTrue();
    assertThat(reassessment.path("today").asText()).isEqualTo("2026-11-26");
    assertThat(reassessment.has("findings")).isTrue();
  }
}
