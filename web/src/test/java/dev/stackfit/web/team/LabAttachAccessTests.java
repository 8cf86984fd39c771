package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluations have owners: only the owner, an administrator, someone the owner allowed, or a
 * facilitator of their sessions on it may attach evidence to an evaluation or open sessions on it,
 * because evidence changes the scores every session on it sees.
 */
class LabAttachAccessTests {
  private static final String LAB =
      "{\"date\": \"2026-11-26\", \"candidates\": [{\"framework\": \"quarkus\","
          + " \"maxSustainableRps\": 900, \"peakRssMb\": 200}]}";

  @TempDir Path data;

  private static int attach(TeamClient who, String evaluationId) {
    return who.putJson("/api/v1/evaluations/" + evaluationId + "/lab", LAB, true).statusCode();
  }

  private static int open(TeamClient who, String evaluationId) {
    return who.post("/sessions", Map.of("evaluation", evaluationId, "title", "Mine now"))
        .statusCode();
  }

  @Test
  void anotherAccountCanNeitherAttachEvidenceNorOpenSessionsOnSomeoneElsesEvaluation()
      throws Exception {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      server.user("Eve");
      TeamClient fran = server.signedIn("Fran");
      TeamClient eve = server.signedIn("Eve");
      String frans = SessionFixture.saved(fran);
      assertThat(server.stores.owners().owner(frans))
          .contains(server.stores.accounts().findByName("Fran").orElseThrow().id());

      // The attack: open a session of one's own on the evaluation, become its facilitator, and
      // attach made-up lab figures that change what Fran's team sees.
      assertThat(open(eve, frans)).isEqualTo(403);
      assertThat(attach(eve, frans)).isEqualTo(403);
      assertThat(eve.get("/evaluations/" + frans).statusCode())
          .as("reading stays open to everyone signed in")
          .isEqualTo(200);

      assertThat(attach(fran, frans)).as("the owner").isEqualTo(200);
      String session = SessionFixture.open(fran, frans, "Orders");
      TeamClient co =
          SessionFixture.join(server, SessionFixture.invite(fran, session, "facilitator"), "Cole");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, session, "participant"), "Ada");
      assertThat(attach(co, frans)).as("a facilitator of the owner's session").isEqualTo(200);
      assertThat(attach(ada, frans)).as("a participant of it").isEqualTo(403);
      assertThat(open(ada, frans)).isEqualTo(403);

      assertThat(
              fran.post("/evaluations/allowed", Map.of("evaluation", frans, "name", "Eve"))
                  .statusCode())
          .isEqualTo(303);
      assertThat(eve.post("/evaluations/allowed", Map.of("evaluation", frans, "name", "Ada")))
          .extracting(HttpResponse::statusCode)
          .as("only the owner allows others")
          .isEqualTo(403);
      assertThat(open(eve, frans)).as("once the owner allowed it").isEqualTo(303);
      HttpResponse<String> api =
          fran.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(
                          server.base() + "/api/v1/evaluations/" + frans + "/allowed"))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", fran.csrf())
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString("{\"account\": \"Cole\"}"))
                  .build());
      assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
      assertThat(api.body()).contains("\"owner\":\"Fran\"", "\"allowed\":[\"Cole\",\"Eve\"]");
      assertThat(attach(eve, frans)).isEqualTo(200);

      assertThat(server.stores.audit().newest(100))
          .filteredOn(e -> e.action() == AuditAction.EVALUATION_ALLOWED)
          .extracting(AuditEvent::account, AuditEvent::detail)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("Fran", frans + " for Cole"),
              org.assertj.core.groups.Tuple.tuple("Fran", frans + " for Eve"));
    }
  }

  @Test
  void evaluationsSavedWithoutAnAccountAreTheAdministratorsAndADecisionFreezesEvidence() {
    try (TeamServer server = new TeamServer(data)) {
      server.stores.accounts().add("Root", TeamServer.passwordHash(), true, TeamServer.NOW);
      server.user("Fran");
      TeamClient root = server.signedIn("Root");
      TeamClient fran = server.signedIn("Fran");
      String unowned = SessionFixture.evaluation(server);
      assertThat(attach(fran, unowned)).isEqualTo(403);
      assertThat(open(fran, unowned)).isEqualTo(403);
      assertThat(attach(root, unowned)).as("an administrator").isEqualTo(200);

      String used = SessionFixture.evaluation(server, "Fran");
      String sessionId = SessionFixture.open(fran, used, "Orders");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
      List<String> frameworks = SessionFixture.frameworks(ada, sessionId);
      ada.post(
          "/sessions/" + sessionId + "/ballot",
          SessionFixture.ballot(
              frameworks, frameworks.get(0), 2, Map.of(Criterion.TEAM_EXPERTISE, 80), "ok"));
      assertThat(fran.post("/sessions/" + sessionId + "/reveal", Map.of()).statusCode())
          .isEqualTo(303);
      assertThat(
              fran.post(
                      "/sessions/" + sessionId + "/decision",
                      Map.of("chosen", frameworks.get(0), "rationale", "fits"))
                  .statusCode())
          .isEqualTo(303);
      assertThat(attach(fran, used))
          .as("a recorded decision is rebuilt from the evaluation and must not change")
          .isEqualTo(409);
      assertThat(attach(root, used)).isEqualTo(409);
      assertThat(server.stores.audit().newest(100))
          .filteredOn(e -> e.action() == AuditAction.LAB_ATTACHED)
          .extracting(AuditEvent::detail)
          .containsExactly(unowned);
    }
  }
}
