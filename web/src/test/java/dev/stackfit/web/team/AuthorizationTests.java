package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.Role;
import dev.stackfit.web.auth.Tokens;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may do what: every team endpoint for anonymous callers, non-members, participants, observers
 * and facilitators; blind ballots; single-use, expiring invitations; CSRF; login throttling; cookie
 * flags; the audit log.
 */
class AuthorizationTests {
  @TempDir static Path data;
  static TeamServer server;
  static TeamClient fran;
  static TeamClient ada;
  static TeamClient oli;
  static TeamClient eve;
  static String sessionId;
  static List<String> frameworks;

  @BeforeAll
  static void session() {
    server = new TeamServer(data);
    server.user("Fran");
    server.user("Eve");
    fran = server.signedIn("Fran");
    eve = server.signedIn("Eve");
    sessionId = SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Auth");
    ada = SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
    oli = SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "observer"), "Oli");
    frameworks = SessionFixture.frameworks(ada, sessionId);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Map<String, String> ballot() {
    return SessionFixture.ballot(
        frameworks, frameworks.get(0), 1, Map.of(Criterion.SCALE_FIT, 70), "ok");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/sessions",
        "/sessions/x",
        "/sessions/x/rounds/1",
        "/decisions/x",
        "/decisions/x/adr.md",
        "/decisions/x/decision.json",
        "/decisions/x/radar.csv",
        "/decisions/x/reassess",
        "/questionnaire",
        "/evaluations",
        "/catalog"
      })
  void anonymousPagesAnswer401WithTheSignInForm(String path) {
    HttpResponse<String> r = new TeamClient(server.base()).get(path);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("action=\"/login\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/sessions/x",
        "/api/v1/sessions/x/ballot",
        "/api/v1/sessions/x/rounds/1/ballots",
        "/api/v1/frameworks"
      })
  void anonymousApiCallsAnswer401(String path) {
    HttpResponse<String> r = new TeamClient(server.base()).get(path);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/sessions",
        "/sessions/x/invitations",
        "/sessions/x/ballot",
        "/sessions/x/reveal",
        "/sessions/x/rounds",
        "/sessions/x/decision",
        "/decisions/x/status",
        "/logout",
        "/questionnaire"
      })
  void anonymousWritesAreRefused(String path) {
    assertThat(new TeamClient(server.base()).postForm(path, Map.of("_csrf", "guess")).statusCode())
        .isIn(401, 403);
  }

  @Test
  void healthAndTheSignInPageStayOpen() {
    TeamClient anonymous = new TeamClient(server.base());
    assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
  }

  @Test
  void aWriteWithoutTheCsrfTokenIsRefused() {
    assertThat(ada.postForm("/sessions/" + sessionId + "/ballot", ballot()).statusCode())
        .isEqualTo(403);
    assertThat(
            ada.post("/sessions/" + sessionId + "/ballot", Map.of("_csrf", "wrong")).statusCode())
        .isEqualTo(403);
    assertThat(ada.putJson("/api/v1/sessions/" + sessionId + "/ballot", "{}", false).statusCode())
        .isEqualTo(403);
    assertThat(fran.postForm("/sessions", Map.of("evaluation", "x")).statusCode()).isEqualTo(403);
  }

  @Test
  void signInWithoutTheFormTokenIsRefused() {
    TeamClient c = new TeamClient(server.base());
    c.get("/login");
    assertThat(
            c.postForm("/login", Map.of("name", "Fran", "password", TeamServer.PASSWORD))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aNonMemberCanNeitherSeeNorActInTheSession() {
    String s = "/sessions/" + sessionId;
    assertThat(eve.get(s).statusCode()).isEqualTo(403);
    assertThat(eve.post(s + "/ballot", ballot()).statusCode()).isEqualTo(403);
    assertThat(eve.putJson("/api/v1" + s + "/ballot", "{}", true).statusCode()).isEqualTo(403);
    assertThat(eve.get("/api/v1" + s).statusCode()).isEqualTo(403);
    assertThat(eve.post(s + "/reveal", Map.of()).statusCode()).isEqualTo(403);
    assertThat(eve.post(s + "/invitations", Map.of("role", "participant")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anObserverCannotVoteAndAParticipantCannotFacilitate() {
    String s = "/sessions/" + sessionId;
    assertThat(oli.post(s + "/ballot", ballot()).statusCode()).isEqualTo(403);
    assertThat(fran.post(s + "/ballot", ballot()).statusCode())
        .as("the facilitator does not vote")
        .isEqualTo(403);
    for (String action : List.of("/reveal", "/rounds", "/decision", "/invitations")) {
      assertThat(
              ada.post(s + action, Map.of("role", "participant", "chosen", frameworks.get(0)))
                  .statusCode())
          .as(action)
          .isEqualTo(403);
      assertThat(
              oli.post(s + action, Map.of("role", "participant", "chosen", frameworks.get(0)))
                  .statusCode())
          .as(action)
          .isEqualTo(403);
    }
  }

  @Test
  void nobodyReadsBallotsBeforeTheReveal() {
    TeamClient bo =
        SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Bo");
    assertThat(bo.post("/sessions/" + sessionId + "/ballot", ballot()).statusCode()).isEqualTo(303);
    String api = "/api/v1/sessions/" + sessionId;
    for (TeamClient who : List.of(fran, ada, oli, bo)) {
      assertThat(who.get(api + "/rounds/1/ballots").statusCode()).isEqualTo(403);
      assertThat(who.get("/sessions/" + sessionId + "/rounds/1").statusCode()).isEqualTo(403);
    }
    assertThat(fran.get("/sessions/" + sessionId).body()).doesNotContain("Upgrades every year");
    assertThat(ada.get(api + "/ballot").statusCode())
        .as("Ada has not voted: nothing of Bo's")
        .isEqualTo(404);
    assertThat(bo.get(api + "/ballot").body()).contains("Upgrades every year");
  }

  @Test
  void aUsedOrExpiredInvitationIsRefused() {
    String token = SessionFixture.invite(fran, sessionId, "participant");
    SessionFixture.join(server, token, "Cy");
    TeamClient late = new TeamClient(server.base());
    assertThat(late.get("/invitations/" + token).statusCode()).isEqualTo(410);
    assertThat(
            late.postForm(
                    "/invitations/" + token,
                    Map.of(
                        "name",
                        "Dee",
                        "password",
                        TeamServer.PASSWORD,
                        "_csrf",
                        late.cookie("stackfit_form")))
                .statusCode())
        .isEqualTo(410);
    assertThat(server.stores.accounts().findByName("Dee")).isEmpty();
    String expired = Tokens.random();
    server
        .stores
        .invitations()
        .save(
            new Invitation(
                Tokens.hash(expired),
                sessionId,
                Role.PARTICIPANT,
                TeamServer.NOW.minusSeconds(1),
                Optional.empty()));
    assertThat(late.get("/invitations/" + expired).statusCode()).isEqualTo(410);
    assertThat(eve.post("/invitations/" + expired, Map.of()).statusCode()).isEqualTo(410);
    assertThat(eve.get("/sessions/" + sessionId).statusCode()).isEqualTo(403);
  }

  @Test
  void repeatedWrongPasswordsAreThrottledAndAudited() {
    server.user("Target");
    TeamClient attacker = new TeamClient(server.base());
    attacker.get("/login");
    String form = attacker.cookie("stackfit_form");
    for (int i = 0; i < 5; i++) {
      assertThat(
              attacker
                  .postForm(
                      "/login", Map.of("name", "Target", "password", "wrong-" + i, "_csrf", form))
                  .statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> blocked =
        attacker.postForm(
            "/login", Map.of("name", "Target", "password", TeamServer.PASSWORD, "_csrf", form));
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    assertThat(server.stores.audit().newest(100))
        .extracting(AuditEvent::action)
        .contains(
            AuditAction.LOGIN_FAILED,
            AuditAction.LOGIN_THROTTLED,
            AuditAction.LOGIN,
            AuditAction.INVITATION_CREATED,
            AuditAction.INVITATION_REDEEMED);
  }

  @Test
  void signingOutEndsTheSession() {
    TeamClient c = server.signedIn("Eve");
    assertThat(c.get("/sessions").statusCode()).isEqualTo(200);
    String token = c.cookie("stackfit_session");
    assertThat(c.post("/logout", Map.of()).statusCode()).isEqualTo(303);
    TeamClient replay = new TeamClient(server.base());
    HttpResponse<String> r =
        replay.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/sessions"))
                .header("Cookie", "stackfit_session=" + token)
                .GET()
                .build());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void decisionsAreReadableOnlyByTheSessionsMembersAndChangedOnlyByItsFacilitator() {
    String own = SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Decided");
    TeamClient gil =
        SessionFixture.join(server, SessionFixture.invite(fran, own, "participant"), "Gil");
    List<String> fw = SessionFixture.frameworks(gil, own);
    gil.post(
        "/sessions/" + own + "/ballot", SessionFixture.ballot(fw, fw.get(0), 1, Map.of(), "ok"));
    assertThat(
            fran.post("/sessions/" + own + "/decision", Map.of("chosen", fw.get(0))).statusCode())
        .as("no decision before a reveal")
        .isEqualTo(409);
    fran.post("/sessions/" + own + "/reveal", Map.of());
    HttpResponse<String> decided =
        fran.post("/sessions/" + own + "/decision", Map.of("chosen", fw.get(0), "rationale", "ok"));
    String d = "/decisions/" + decided.headers().firstValue("Location").orElseThrow().substring(11);
    for (String page : List.of("", "/adr.md", "/radar.csv", "/decision.json", "/reassess")) {
      assertThat(gil.get(d + page).statusCode()).as("member reads " + page).isEqualTo(200);
      assertThat(eve.get(d + page).statusCode()).as("non-member reads " + page).isEqualTo(403);
      assertThat(ada.get(d + page).statusCode()).as("member of another session").isEqualTo(403);
    }
    assertThat(eve.post(d + "/status", Map.of("status", "rejected")).statusCode()).isEqualTo(403);
    assertThat(gil.post(d + "/status", Map.of("status", "rejected")).statusCode()).isEqualTo(403);
    assertThat(fran.post(d + "/status", Map.of("status", "rejected")).statusCode()).isEqualTo(303);
    assertThat(gil.get(d + "/adr.md").body()).startsWith("---\nstatus: rejected\n");
  }
}
