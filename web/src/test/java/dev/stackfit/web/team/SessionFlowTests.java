package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.formats.decision.DecisionJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session over HTTP, as three people would run it: invitation, blind ballots, reveal, a
 * second (Delphi) round, the decision, its MADR record (compared with the checked-in golden file),
 * the radar CSV, a superseding decision and the reassessment page.
 */
class SessionFlowTests {
  /** The golden MADR; regenerate with {@code -Dstackfit.updateGolden=true}. */
  static final Path GOLDEN = Path.of("..", "examples", "decisions", "example-session.md");

  @TempDir Path data;

  @Test
  void threePeopleRunASessionFromInvitationToADecisionRecord() throws IOException {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId =
          SessionFixture.open(
              fran, SessionFixture.evaluation(server, "Fran"), "Framework for the order service");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
      TeamClient bo =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Bo");
      TeamClient oli =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "observer"), "Oli");
      List<String> fw = SessionFixture.frameworks(ada, sessionId);
      String first = fw.get(0);
      String second = fw.get(1);

      vote(
          ada,
          sessionId,
          SessionFixture.ballot(
              fw, first, 2, Map.of(Criterion.TEAM_EXPERTISE, 90), "We know it well"));
      vote(
          bo,
          sessionId,
          SessionFixture.ballot(
              fw, second, 1, Map.of(Criterion.SCALE_FIT, 90), "<script>alert('x')</script>"));
      assertThat(fran.get("/sessions/" + sessionId).body()).contains("2 of 2 participants");
      assertThat(fran.get("/sessions/" + sessionId + "/rounds/1").statusCode()).isEqualTo(403);

      assertThat(fran.post("/sessions/" + sessionId + "/reveal", Map.of()).statusCode())
          .isEqualTo(303);
      HttpResponse<String> round1 = oli.get("/sessions/" + sessionId + "/rounds/1");
      assertThat(round1.statusCode()).isEqualTo(200);
      assertThat(round1.body())
          .contains("Kendall", "AIP", "&lt;script&gt;")
          .doesNotContain("<script>alert");
      assertThat(
              ada.post(
                      "/sessions/" + sessionId + "/ballot",
                      SessionFixture.ballot(fw, first, 2, Map.of(), "late"))
                  .statusCode())
          .as("a closed round takes no ballots")
          .isEqualTo(409);

      assertThat(fran.post("/sessions/" + sessionId + "/rounds", Map.of()).statusCode())
          .isEqualTo(303);
      vote(
          ada,
          sessionId,
          SessionFixture.ballot(
              fw, first, 2, Map.of(Criterion.TEAM_EXPERTISE, 80), "We know it well"));
      vote(
          bo,
          sessionId,
          SessionFixture.ballot(
              fw, first, 1, Map.of(Criterion.SCALE_FIT, 70), "Fine after the talk"));
      assertThat(fran.post("/sessions/" + sessionId + "/reveal", Map.of()).statusCode())
          .isEqualTo(303);
      assertThat(ada.get("/sessions/" + sessionId + "/rounds/2").body())
          .contains("Convergence across rounds");

      String decisionId =
          decide(fran, sessionId, first, "the team knows the JVM and it carries the 3-year load");
      HttpResponse<String> adr = oli.get("/decisions/" + decisionId + "/adr.md");
      assertThat(adr.statusCode()).isEqualTo(200);
      assertThat(adr.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
      assertGolden(adr.body());
      String radar = ada.get("/decisions/" + decisionId + "/radar.csv").body();
      assertThat(radar).startsWith("name,ring,quadrant,isNew,description");
      // Each line says whose ranking it quotes: stackfit's evaluation and the team's ballots.
      assertThat(radar.lines().skip(1))
          .allSatisfy(
              line ->
                  assertThat(line)
                      .contains(
                          "stackfit's evaluation ranked it #", "the team's ballots ranked it #")
                      .doesNotContain(", ranked #"));
      assertThat(
              DecisionJson.read(
                      ada.get("/decisions/" + decisionId + "/decision.json").body(), "download")
                  .consulted())
          .containsExactly("Ada", "Bo");
      assertThat(ada.get("/decisions/" + decisionId + "/reassess").body())
          .contains("Reassessment", "Has the team changed", "Nothing drifted since the decision")
          .doesNotContain("Something drifted", "Changed:");

      String successor =
          decide(
              fran, sessionId, second, "Revisited after the PoC", Map.of("supersedes", decisionId));
      assertThat(oli.get("/decisions/" + decisionId + "/adr.md").body())
          .contains("status: superseded by " + successor);
      assertThat(oli.get("/decisions/" + decisionId).body())
          .contains("href=\"/decisions/" + successor + "\"");
      assertThat(
              ada.post("/decisions/" + successor + "/status", Map.of("status", "deprecated"))
                  .statusCode())
          .as("only the facilitator changes a status")
          .isEqualTo(403);
      assertThat(
              fran.post("/decisions/" + successor + "/status", Map.of("status", "deprecated"))
                  .statusCode())
          .isEqualTo(303);
      assertThat(oli.get("/decisions/" + successor + "/adr.md").body())
          .contains("status: deprecated");
    }
  }

  private static void vote(TeamClient who, String sessionId, Map<String, String> ballot) {
    HttpResponse<String> r = who.post("/sessions/" + sessionId + "/ballot", ballot);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
  }

  private static String decide(TeamClient fran, String sessionId, String chosen, String rationale) {
    return decide(fran, sessionId, chosen, rationale, Map.of());
  }

  static String decide(
      TeamClient fran,
      String sessionId,
      String chosen,
      String rationale,
      Map<String, String> more) {
    Map<String, String> form =
        new java.util.LinkedHashMap<>(
            Map.of(
                "chosen",
                chosen,
                "rationale",
                rationale,
                "status",
                "accepted",
                "reviewMonths",
                "6"));
    form.putAll(more);
    HttpResponse<String> r = fran.post("/sessions/" + sessionId + "/decision", form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().firstValue("Location").orElseThrow().substring("/decisions/".length());
  }

  private static void assertGolden(String markdown) throws IOException {
    if (Boolean.getBoolean("stackfit.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, markdown, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(GOLDEN)).as("golden file " + GOLDEN.toAbsolutePath()).isTrue();
    assertThat(markdown).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
