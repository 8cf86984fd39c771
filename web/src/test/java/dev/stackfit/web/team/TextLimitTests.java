package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every user-written text field has a documented maximum, checked on the API, in forms and in
 * profiles, with a message naming the limit; nothing inflates a page to megabytes.
 */
class TextLimitTests {
  @TempDir static Path data;
  static TeamServer server;
  static TeamClient fran;
  static TeamClient ada;
  static String session;
  static List<String> frameworks;

  @BeforeAll
  static void start() {
    server = new TeamServer(data);
    server.user("Fran");
    fran = server.signedIn("Fran");
    session = SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Limits");
    ada = SessionFixture.join(server, SessionFixture.invite(fran, session, "participant"), "Ada");
    frameworks = SessionFixture.frameworks(ada, session);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void refused(HttpResponse<String> r, String message) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains(message);
  }

  @Test
  void aProfileNameOfAQuarterMillionCharactersIsRefusedByTheApiAndTheForm() {
    String name = "x".repeat(250_000);
    HttpResponse<String> api =
        fran.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/evaluations"))
                .header("Content-Type", "application/yaml")
                .header("X-CSRF-Token", fran.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("stackfit: 1\nname: " + name + "\n"))
                .build());
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(api.body())
        .contains("\"path\" : \"name\"", "a profile name has at most 200 characters")
        .hasSizeLessThan(2_000);
    HttpResponse<String> form = fran.post("/questionnaire", Map.of("name", name));
    assertThat(form.statusCode()).isEqualTo(422);
    assertThat(form.body()).contains("a profile name has at most 200 characters");
  }

  @Test
  void aLongSessionTitleIsRefused() {
    refused(
        fran.post(
            "/sessions",
            Map.of(
                "evaluation", SessionFixture.evaluation(server, "Fran"), "title", "t".repeat(201))),
        "a session title has at most 200 characters; this one has 201");
  }

  @Test
  void longBallotCommentsAndConcernsAreRefusedInTheFormAndTheApi() {
    Map<String, String> form =
        new LinkedHashMap<>(
            SessionFixture.ballot(
                frameworks,
                frameworks.get(0),
                1,
                Map.of(Criterion.SCALE_FIT, 70),
                "c".repeat(2_001)));
    refused(ada.post("/sessions/" + session + "/ballot", form), "a comment has at most 2000");
    form.put("c." + frameworks.get(0) + ".team-expertise", "fine");
    form.put("concerns", "c".repeat(2_001));
    refused(ada.post("/sessions/" + session + "/ballot", form), "concerns has at most 2000");
    StringBuilder ratings = new StringBuilder();
    for (String f : frameworks) {
      ratings.append(ratings.isEmpty() ? "" : ",").append('"').append(f).append("\":{");
      for (Criterion c : Criterion.values()) {
        ratings.append(c.ordinal() == 0 ? "" : ",").append('"').append(c.id()).append("\":3");
      }
      ratings.append('}');
    }
    String json =
        "{\"weights\":{\"scale-fit\":50},\"ratings\":{"
            + ratings
            + "},\"comments\":{\""
            + frameworks.get(0)
            + "\":{\"scale-fit\":\""
            + "c".repeat(2_001)
            + "\"}}}";
    HttpResponse<String> api = ada.putJson("/api/v1/sessions/" + session + "/ballot", json, true);
    refused(api, "a comment has at most 2000 characters");
    assertThat(api.body()).contains("urn:stackfit:problem:bad-ballot");
  }

  @Test
  void aLongDecisionTitleOrRationaleIsRefused() {
    String own = SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Decide");
    TeamClient bo =
        SessionFixture.join(server, SessionFixture.invite(fran, own, "participant"), "Bo");
    List<String> fw = SessionFixture.frameworks(bo, own);
    bo.post(
        "/sessions/" + own + "/ballot", SessionFixture.ballot(fw, fw.get(0), 1, Map.of(), "ok"));
    fran.post("/sessions/" + own + "/reveal", Map.of());
    refused(
        fran.post(
            "/sessions/" + own + "/decision",
            Map.of("chosen", fw.get(0), "rationale", "r".repeat(2_001))),
        "a rationale has at most 2000 characters");
    refused(
        fran.post(
            "/sessions/" + own + "/decision",
            Map.of("chosen", fw.get(0), "title", "t".repeat(201))),
        "a decision title has at most 200 characters");
  }
}
