package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a team server a lab result changes what a session sees, so attaching one is limited. */
class LabAttachAccessTests {
  private static final String LAB =
      "{\"date\": \"2026-11-26\", \"candidates\": [{\"framework\": \"quarkus\","
          + " \"maxSustainableRps\": 900, \"peakRssMb\": 200}]}";

  @TempDir Path data;

  private static int attach(TeamClient who, String evaluationId) {
    return who.putJson("/api/v1/evaluations/" + evaluationId + "/lab", LAB, true).statusCode();
  }

  @Test
  void onlyFacilitatorsAttachToAnEvaluationASessionUsesAndNobodyOnceDecided() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String free = SessionFixture.evaluation(server);
      String used = SessionFixture.evaluation(server);
      String sessionId = SessionFixture.open(fran, used, "Orders");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");

      assertThat(attach(ada, free))
          .as("an evaluation no session uses is the team's")
          .isEqualTo(200);
      assertThat(attach(ada, used)).as("a participant of the session").isEqualTo(403);
      assertThat(attach(fran, used)).as("its facilitator").isEqualTo(200);

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
                      Map.of(
                          "chosen",
                          frameworks.get(0),
                          "rationale",
                          "fits",
                          "status",
                          "accepted",
                          "reviewMonths",
                          "6"))
                  .statusCode())
          .isEqualTo(303);
      assertThat(attach(fran, used))
          .as("a recorded decision is rebuilt from the evaluation and must not change")
          .isEqualTo(409);
      assertThat(server.stores.audit().newest(100))
          .filteredOn(e -> e.action() == AuditAction.LAB_ATTACHED)
          .extracting(AuditEvent::detail)
          .containsExactlyInAnyOrder(free, used);
    }
  }
}
