package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.formats.decision.DecisionJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/automation/reassess-all.sh} against a real server: with a read token and curl it
 * reassesses every decision the account can see, exits 0 when none in force is due, 1 when one is,
 * and 2 when the token is missing or refused.
 */
class ReassessAllScriptTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = Path.of("../examples/automation/reassess-all.sh");

  @TempDir Path data;

  record Run(int exit, String out, String err) {}

  private static Run run(String server, String token) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), server);
    pb.environment().remove("STACKFIT_TOKEN");
    pb.environment().remove("STACKFIT_URL");
    if (token != null) {
      pb.environment().put("STACKFIT_TOKEN", token);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  private static boolean onPath(String command) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static JsonNode ok(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private static String join(ApiClient fran, ApiClient who, String session) throws IOException {
    String link =
        ok(fran.post("/api/v1/sessions/" + session + "/invitations", "{}"), 201)
            .path("link")
            .asText();
    return ok(who.post("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1), ""), 200)
        .path("id")
        .asText();
  }

  /** Moves a recorded decision's review date, and its date six months before. */
  private static void reviewBy(TeamServer server, String id, LocalDate day) {
    DecisionRecord record = server.stores.decisions().find(id).orElseThrow();
    Decision d = DecisionJson.read(record.decisionJson(), id);
    Decision moved =
        new Decision(
            d.id(),
            d.title(),
            d.status(),
            d.supersededBy(),
            day.minusMonths(6),
            d.chosen(),
            d.considered(),
            d.rationale(),
            d.decisionMakers(),
            d.consulted(),
            d.informed(),
            day,
            d.profileYaml(),
            d.baseline());
    server.stores.decisions().update(id, DecisionJson.write(moved), moved.status());
  }

  @Test
  void reassessesEveryDecisionAndFailsWhenOneIsDue() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SCRIPT), "run from the web module");
    Assumptions.assumeTrue(onPath("bash") && onPath("curl"), "the script needs bash and curl");
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      server.user("Ada");
      server.user("Eve");
      ApiClient fran = ApiClient.session(server.signedIn("Fran"), r -> {});
      ApiClient ada = ApiClient.session(server.signedIn("Ada"), r -> {});
      ApiClient eve = ApiClient.session(server.signedIn("Eve"), r -> {});
      String evaluation = SessionFixture.evaluation(server, "Fran");
      String session =
          ok(fran.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}"), 201)
              .path("id")
              .asText();
      join(fran, ada, session);
      String s = "/api/v1/sessions/" + session;
      JsonNode state = ok(ada.get(s), 200);
      ok(ada.put(s + "/ballot", TeamApiRoleTests.ballot(state, 0)), 200);
      ok(fran.post(s + "/reveal", ""), 200);
      String chosen = state.path("frameworks").get(0).asText();
      // A session records one decision in force: the dropped one is superseded by the kept one.
      String dropped =
          ok(
                  fran.post(
                      s + "/decision",
                      "{\"chosen\": \"" + chosen + "\", \"rationale\": \"first thoughts\"}"),
                  201)
              .path("id")
              .asText();
      String kept =
          ok(
                  fran.post(
                      s + "/decision",
                      "{\"chosen\": \""
                          + chosen
                          + "\", \"rationale\": \"it fits\", \"supersedes\": \""
                          + dropped
                          + "\", \"title\": \"Keep \\\"it\\\" simple\"}"),
                  201)
              .path("id")
              .asText();
      reviewBy(server, dropped, LocalDate.parse("2026-01-01"));
      String token =
          ok(fran.post("/api/v1/tokens", "{\"name\": \"monthly\", \"scope\": \"read\"}"), 201)
              .path("token")
              .asText();

      Run calm = run(server.base(), token);
      assertThat(calm.exit()).as(calm.out() + calm.err()).isZero();
      assertThat(calm.out())
          .contains("ok   " + kept + ": Reassessing \\\"Keep \\\"it\\\" simple\\\"")
          .contains("Review due on 2027-05-26.")
          .contains("skip " + dropped + " superseded")
          .contains("2 decision(s) reassessed, 0 due for review.");

      reviewBy(server, kept, LocalDate.parse("2026-11-01"));
      Run due = run(server.base() + "/", token);
      assertThat(due.exit()).as(due.out() + due.err()).isEqualTo(1);
      assertThat(due.out())
          .contains("DUE  " + kept)
          .contains("Review is due (since 2026-11-01).")
          .contains("       - ")
          .contains("2 decision(s) reassessed, 1 due for review.");

      String outsider =
          ok(eve.post("/api/v1/tokens", "{\"name\": \"ci\", \"scope\": \"read\"}"), 201)
              .path("token")
              .asText();
      Run none = run(server.base(), outsider);
      assertThat(none.exit()).as(none.out() + none.err()).isZero();
      assertThat(none.out()).contains("0 decision(s) reassessed, 0 due for review.");

      String tokenId =
          ok(fran.get("/api/v1/tokens"), 200).path("tokens").get(0).path("id").asText();
      assertThat(fran.delete("/api/v1/tokens/" + tokenId).statusCode()).isEqualTo(204);
      Run refused = run(server.base(), token);
      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.err()).contains("answered 401", "the bearer token is unknown");
      Run missing = run(server.base(), null);
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err()).contains("STACKFIT_TOKEN");
      Run unreachable = run("http://127.0.0.1:1", token);
      assertThat(unreachable.exit()).isEqualTo(2);
      assertThat(Map.of("err", unreachable.err()).get("err")).contains("cannot reach");
    }
  }
}
