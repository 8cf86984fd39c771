package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.team.Account;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the OpenAPI description is called on a real team server, and every answer,
 * success or problem, is checked against what the description documents for it: the status, the
 * media type and the JSON Schema of the body. A client generated from the description therefore
 * reads what the server says.
 */
class OpenApiConformanceTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAB =
      "{\"date\": \"2026-11-26\", \"candidates\": [{\"framework\": \"quarkus\","
          + " \"maxSustainableRps\": 900, \"peakRssMb\": 200}]}";

  @TempDir Path data;

  private static String field(HttpResponse<String> r, String name) {
    try {
      return JSON.readTree(r.body()).path(name).asText();
    } catch (Exception e) {
      throw new AssertionError(r.body(), e);
    }
  }

  private static String ballot(List<String> frameworks, int favourite) {
    return ApiAnswers.ballot(
        frameworks,
        favourite,
        ",\"comments\":{\""
            + frameworks.get(favourite)
            + "\":{\"scale-fit\":\"carries the load\"}},\"concerns\":\"upgrades\","
            + "\"enjoyment\":{\""
            + frameworks.get(favourite)
            + "\":5}");
  }

  @Test
  void everyOperationAnswersWhatTheDescriptionDocuments() throws Exception {
    OpenApiDocument doc = OpenApiDocument.bundled();
    List<HttpResponse<String>> seen = new ArrayList<>();
    try (TeamServer server = new TeamServer(data)) {
      Account root =
          server.stores.accounts().add("Root", TeamServer.passwordHash(), true, TeamServer.NOW);
      server.user("Fran");
      server.user("Ada");
      server.user("Oli");
      ApiClient anonymous = ApiClient.anonymous(server.base(), seen::add);
      ApiClient fran = ApiClient.session(server.signedIn("Fran"), seen::add);
      ApiClient ada = ApiClient.session(server.signedIn("Ada"), seen::add);
      ApiClient oli = ApiClient.session(server.signedIn("Oli"), seen::add);
      assertThat(root.admin()).isTrue();

      anonymous.get("/health");
      anonymous.get("/api/v1/sessions");
      fran.get("/api/v1/openapi.json");
      fran.get("/api/v1/frameworks?language=java");
      fran.get("/api/v1/frameworks?language=cobol");
      fran.get("/api/v1/frameworks/quarkus");
      fran.get("/api/v1/frameworks/cobol-on-cogs");
      String evaluation =
          field(fran.post("/api/v1/evaluations", "application/yaml", SessionFixture.PROFILE), "id");
      String other =
          field(fran.post("/api/v1/evaluations", "application/yaml", SessionFixture.PROFILE), "id");
      fran.post("/api/v1/evaluations", "application/yaml", "stackfit: 1\nname: [unclosed\n");
      fran.get("/api/v1/evaluations?limit=5");
      fran.get("/api/v1/evaluations/" + evaluation);
      for (String format : List.of("json", "markdown", "html", "pdf")) {
        fran.get("/api/v1/evaluations/" + evaluation + "/report/" + format);
      }
      fran.put("/api/v1/evaluations/" + other + "/lab", LAB);
      ada.put("/api/v1/evaluations/" + other + "/lab", LAB);
      fran.get("/api/v1/evaluations/" + evaluation + "/allowed");
      fran.post("/api/v1/evaluations/" + evaluation + "/allowed", "{\"account\": \"Oli\"}");
      fran.post(
          "/api/v1/ahp",
          "{\"judgments\": [[\"team-expertise\", \"scale-fit\", 3],"
              + " [\"scale-fit\", \"feature-fit\", \"1/3\"]]}");
      fran.post("/api/v1/ahp", "{\"judgments\": []}");

      ada.post("/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\"}");
      HttpResponse<String> opened =
          fran.post(
              "/api/v1/sessions", "{\"evaluation\": \"" + evaluation + "\", \"title\": \"API\"}");
      String session = field(opened, "id");
      String s = "/api/v1/sessions/" + session;
      fran.get("/api/v1/sessions");
      String adaLink = field(fran.post(s + "/invitations", "{\"role\": \"participant\"}"), "link");
      String oliLink = field(fran.post(s + "/invitations", "{\"role\": \"observer\"}"), "link");
      fran.post(s + "/invitations", "{\"role\": \"boss\"}");
      ada.post("/api/v1/invitations/" + adaLink.substring(adaLink.lastIndexOf('/') + 1), "");
      oli.post("/api/v1/invitations/" + oliLink.substring(oliLink.lastIndexOf('/') + 1), "");
      oli.post("/api/v1/invitations/" + oliLink.substring(oliLink.lastIndexOf('/') + 1), "");
      String niaLink = field(fran.post(s + "/invitations", "{\"role\": \"participant\"}"), "link");
      String nia = "/api/v1/invitations/" + niaLink.substring(niaLink.lastIndexOf('/') + 1);
      String signUp = "{\"name\": \"Nia\", \"password\": \"" + TeamServer.PASSWORD + "\"";
      anonymous.post(nia + "/account", "{\"name\": \"Nia\", \"password\": \"short\"}");
      anonymous.post(
          nia + "/account", "{\"name\": \"Ada\", \"password\": \"" + TeamServer.PASSWORD + "\"}");
      ada.post(nia + "/account", signUp + "}");
      anonymous.post(
          nia + "/account",
          signUp + ", \"token\": {\"name\": \"ci\", \"scope\": \"read\", \"days\": 7}}");
      anonymous.post(nia + "/account", signUp + "}");
      JsonNode state = JSON.readTree(ada.get(s).body());
      List<String> frameworks = new ArrayList<>();
      state.path("frameworks").forEach(f -> frameworks.add(f.asText()));
      ada.get(s + "/ballot");
      ada.put(s + "/ballot", ballot(frameworks, 0));
      ada.put(s + "/ballot", "{\"ratings\": {}}");
      oli.put(s + "/ballot", ballot(frameworks, 1));
      ada.get(s + "/ballot");
      ada.get(s + "/rounds/1");
      ada.get(s + "/rounds/1/ballots");
      ada.post(s + "/reveal", "");
      fran.post(s + "/reveal", "");
      fran.post(s + "/reveal", "");
      oli.get(s + "/rounds/1");
      oli.get(s + "/rounds/1/ballots");
      fran.post(s + "/decision", "{\"chosen\": \"" + frameworks.get(0) + "\"}").statusCode();
      String decisionId =
          field(
              fran.post(
                  s + "/decision",
                  "{\"chosen\": \""
                      + frameworks.get(0)
                      + "\", \"rationale\": \"fits the team\", \"reviewMonths\": 6}"),
              "id");
      fran.post(
          s + "/decision",
          "{\"chosen\": \""
              + frameworks.get(0)
              + "\", \"rationale\": \"fits the team\", \"reviewMonths\": 6}");
      fran.post(s + "/decision", "{\"chosen\": \"express\"}");
      fran.post(s + "/rounds", "");
      fran.post(s + "/rounds", "");
      String d = "/api/v1/decisions/" + decisionId;
      oli.get("/api/v1/decisions");
      oli.get(d);
      oli.get(d, "text/markdown");
      oli.get(d, "text/csv");
      oli.get(d, "image/png");
      oli.put(d + "/status", "{\"status\": \"rejected\"}");
      fran.put(d + "/status", "{\"status\": \"maybe\"}");
      fran.put(d + "/status", "{\"status\": \"accepted\"}");
      oli.post(d + "/reassessment", "");
      fran.post("/api/v1/decisions/nope/reassessment", "");

      HttpResponse<String> created =
          fran.post("/api/v1/tokens", "{\"name\": \"ci\", \"scope\": \"read\", \"days\": 30}");
      fran.post("/api/v1/tokens", "{\"name\": \"\"}");
      ApiClient token = ApiClient.token(server.base(), field(created, "token"), seen::add);
      token.get("/api/v1/decisions");
      token.get("/api/v1/tokens");
      token.post(d + "/reassessment", "");
      token.put(d + "/status", "{\"status\": \"rejected\"}");
      fran.get("/api/v1/tokens");
      fran.delete("/api/v1/tokens/" + field(created, "id"));
      fran.delete("/api/v1/tokens/" + field(created, "id"));
      token.get("/api/v1/decisions");

      // After 20 refused invitation links from one address, it waits (429).
      for (int i = 0; i < 20; i++) {
        anonymous.post("/api/v1/invitations/made-up-" + i + "/account", signUp + "}");
      }
      anonymous.post(nia + "/account", signUp + "}");
      fran.post("/api/v1/invitations/made-up", "");
    }

    List<String> problems = new ArrayList<>();
    Set<String> succeeded = new TreeSet<>();
    for (HttpResponse<String> r : seen) {
      problems.addAll(doc.problems(r));
      if (r.statusCode() < 300) {
        doc.operationOf(r.request().method(), r.request().uri().getPath())
            .ifPresent(op -> succeeded.add(op.key()));
      }
    }
    assertThat(problems).as("answers that differ from the description").isEmpty();
    assertThat(doc.operations())
        .extracting(OpenApiDocument.Operation::key)
        .as("every documented operation was called successfully")
        .allMatch(succeeded::contains, "called successfully: " + succeeded);
    assertThat(seen.stream().map(HttpResponse::statusCode).distinct())
        .contains(200, 201, 204, 400, 401, 403, 404, 406, 409, 410, 422, 429);
  }
}
