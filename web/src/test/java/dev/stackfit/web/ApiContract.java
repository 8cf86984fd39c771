package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.store.Database;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every API endpoint with good and bad input; each database's test class extends this. */
abstract class ApiContract {
  static final ObjectMapper JSON = new ObjectMapper();

  TestServer server;

  abstract Database openEmpty() throws Exception;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(openEmpty(), TestCatalog.full(), 2_000);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode body = json(response);
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("type").asText()).startsWith("urn:stackfit:problem:");
    assertThat(body.path("title").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).isNotBlank();
  }

  @Test
  void healthAnswersOk() {
    HttpResponse<String> response = server.get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asText()).isEqualTo("ok");
  }

  @Test
  void openApiDocumentsEveryEndpoint() {
    JsonNode doc = json(server.get("/api/v1/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.1");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/health",
            "/api/v1/openapi.json",
            "/api/v1/frameworks",
            "/api/v1/frameworks/{id}",
            "/api/v1/evaluations",
            "/api/v1/evaluations/{id}",
            "/api/v1/evaluations/{id}/report/{format}",
            "/api/v1/evaluations/{id}/lab",
            "/api/v1/ahp",
            "/api/v1/sessions",
            "/api/v1/sessions/{id}",
            "/api/v1/sessions/{id}/ballot",
            "/api/v1/sessions/{id}/invitations",
            "/api/v1/invitations/{token}",
            "/api/v1/invitations/{token}/account",
            "/api/v1/sessions/{id}/reveal",
            "/api/v1/sessions/{id}/rounds",
            "/api/v1/sessions/{id}/rounds/{round}",
            "/api/v1/sessions/{id}/rounds/{round}/ballots",
            "/api/v1/sessions/{id}/decision",
            "/api/v1/decisions",
            "/api/v1/decisions/{id}",
            "/api/v1/decisions/{id}/status",
            "/api/v1/decisions/{id}/reassessment",
            "/api/v1/evaluations/{id}/allowed",
            "/api/v1/tokens",
            "/api/v1/tokens/{id}");
  }

  @Test
  void frameworksAreListedAndFiltered() {
    JsonNode all = json(server.get("/api/v1/frameworks"));
    assertThat(all.path("frameworks")).hasSize(27);
    assertThat(all.path("frameworks").get(0).has("language")).isTrue();
    JsonNode go = json(server.get("/api/v1/frameworks?language=go&structure=flexible"));
    assertThat(go.path("frameworks").findValuesAsText("id"))
        .containsExactly("chi", "echo", "fiber", "gin");
  }

  @Test
  void anUnknownFilterValueIsABadRequest() {
    HttpResponse<String> response = server.get("/api/v1/frameworks?language=cobol");
    assertProblem(response, 400);
    assertThat(json(response).path("detail").asText()).contains("cobol").contains("java");
  }

  @Test
  void oneFrameworkHasItsFactsAndSources() {
    JsonNode django = json(server.get("/api/v1/frameworks/django"));
    assertThat(django.path("id").asText()).isEqualTo("django");
    assertThat(django.path("requestModel").asText()).isEqualTo("thread-per-request");
    assertThat(django.path("features").toString()).contains("orm");
    assertThat(django.path("sources").get(0).path("url").asText()).startsWith("https://");
    assertThat(django.path("firstRelease").asInt()).isEqualTo(2005);
    // The same document as `catalog show --format json`: every fact with its evidence.
    assertThat(django.path("version").path("latest").isTextual()).isTrue();
    JsonNode orm = django.path("featureSupport").path("orm");
    assertThat(orm.path("level").asText()).isEqualTo("built-in");
    assertThat(orm.path("source").asText()).isNotEmpty();
    assertThat(orm.path("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(django.path("facts").path("runtime").path("verified").isBoolean()).isTrue();
  }

  @Test
  void anUnknownFrameworkIsNotFound() {
    assertProblem(server.get("/api/v1/frameworks/cobol-on-cogs"), 404);
  }

  @Test
  void aYamlProfileIsEvaluatedSavedAndFoundAgain() {
    HttpResponse<String> created =
        server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = json(created);
    String id = body.path("id").asText();
    assertThat(id).hasSize(12);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/evaluations/" + id);
    assertThat(body.path("format").asInt()).isEqualTo(1);
    assertThat(body.path("profile").asText()).isEqualTo("Checkout service");
    assertThat(body.path("ranking").size()).isGreaterThan(10);
    assertThat(body.path("excluded").findValuesAsText("framework")).contains("laravel", "symfony");
    assertThat(body.path("shortlist").size()).isBetween(2, 3);
    HttpResponse<String> again = server.get("/api/v1/evaluations/" + id);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again)).isEqualTo(body);
  }

  @Test
  void aJsonProfileIsEvaluated() {
    HttpResponse<String> created =
        server.post("/api/v1/evaluations", "application/json", Profiles.PROTOTYPE_JSON);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(json(created).path("advisories").findValuesAsText("id")).contains("short-lived");
  }

  @Test
  void malformedYamlIsUnprocessableWithItsLine() {
    HttpResponse<String> response =
        server.post("/api/v1/evaluations", "application/yaml", "stackfit: 1\nname: [unclosed\n");
    assertProblem(response, 422);
    JsonNode problem = json(response).path("problems").get(0);
    assertThat(problem.path("line").asInt()).isPositive();
    assertThat(problem.path("source").asText()).isEqualTo("request body");
  }

  @Test
  void wrongTypesAndValuesAreReportedByPath() {
    String yaml = "stackfit: 1\nname: x\nteam:\n  size: many\n  turnover: sometimes\n";
    HttpResponse<String> response = server.post("/api/v1/evaluations", "application/yaml", yaml);
    assertProblem(response, 422);
    List<String> paths = json(response).path("problems").findValuesAsText("path");
    assertThat(paths).contains("team.size", "team.turnover");
    assertThat(json(response).path("problems").get(0).path("line").asInt()).isEqualTo(4);
  }

  @Test
  void aHugeBodyIsRefusedAsTooLarge() {
    String huge = "stackfit: 1\nname: x\n#" + "x".repeat(300 * 1024) + "\n";
    // With Expect: 100-continue the refusal arrives before the body is sent, so the client never
    // races the server's close (without it, a client still writing may see a broken pipe).
    HttpRequest request =
        server
            .request("/api/v1/evaluations")
            .header("Content-Type", "application/yaml")
            .expectContinue(true)
            .POST(HttpRequest.BodyPublishers.ofString(huge))
            .build();
    assertProblem(server.send(request), 413);
  }

  @Test
  void aFormContentTypeIsRefused() {
    assertProblem(
        server.post("/api/v1/evaluations", "application/x-www-form-urlencoded", "a=b"), 415);
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    assertProblem(server.post("/api/v1/evaluations", "application/yaml", "  \n"), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "42",
        "null",
        "{\"stackfit\": 1}",
        "stackfit: 2\nname: x\n",
        "\u0000\u0001binary",
        "{\"stackfit\": 1, \"name\": \"x\", \"team\": {\"size\": 1e999}}",
        "stackfit: 1\nname: x\nweights:\n  pairwise: [[team-expertise, team-expertise, 3]]\n",
        "stackfit: 1\nname: x\nteam: {size: -1}\n",
        "a: &a [*a, *a]\n",
        "stackfit: 1\nname: x\nproject: {lifespanYears: .nan}\n"
      })
  void badProfilesAreNeverAServerError(String body) {
    HttpResponse<String> response = server.post("/api/v1/evaluations", "application/yaml", body);
    assertThat(response.statusCode()).as(body + " -> " + response.body()).isBetween(400, 499);
  }

  @Test
  void anUnknownEvaluationIsNotFound() {
    assertProblem(server.get("/api/v1/evaluations/AAAAAAAAAAAA"), 404);
    assertProblem(server.get("/api/v1/evaluations/..%2F..%2Fetc"), 404);
  }

  @Test
  void savedEvaluationsAreListedNewestFirst() {
    server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML);
    server.post("/api/v1/evaluations", "application/json", Profiles.PROTOTYPE_JSON);
    JsonNode list = json(server.get("/api/v1/evaluations?limit=10"));
    assertThat(list.path("evaluations")).hasSize(2);
    assertProblem(server.get("/api/v1/evaluations?limit=lots"), 400);
    assertProblem(server.get("/api/v1/evaluations?offset=-1"), 400);
  }

  @Test
  void reportsDownloadInEveryFormat() {
    String id =
        json(server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML))
            .path("id")
            .asText();
    HttpResponse<String> md = server.get("/api/v1/evaluations/" + id + "/report/markdown");
    HttpResponse<String> html = server.get("/api/v1/evaluations/" + id + "/report/html");
    HttpResponse<String> json = server.get("/api/v1/evaluations/" + id + "/report/json");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.body()).contains("Checkout service");
    assertThat(md.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
    assertThat(html.body()).containsIgnoringCase("<html");
    assertThat(json(json).path("profile").asText()).isEqualTo("Checkout service");
    assertProblem(server.get("/api/v1/evaluations/" + id + "/report/pdf"), 404);
  }

  @Test
  void ahpAnswersWeightsAndConsistency() {
    String body =
        "{\"judgments\": [[\"team-expertise\", \"scale-fit\", 3],"
            + " [\"scale-fit\", \"feature-fit\", \"1/3\"], [\"team-expertise\", \"feature-fit\", 1]]}";
    JsonNode answer = json(server.post("/api/v1/ahp", "application/json", body));
    assertThat(answer.path("weights").path("team-expertise").asDouble()).isGreaterThan(0.3);
    assertThat(answer.path("consistencyRatio").isNumber()).isTrue();
    assertThat(answer.path("acceptable").isBoolean()).isTrue();
  }

  @Test
  void ahpReadsRatiosAsProfilesAndBallotsDo() {
    String body =
        "{\"judgments\": [[\"team-expertise\", \"scale-fit\", \"2/3\"],"
            + " [\"scale-fit\", \"feature-fit\", \" 3 / 2 \"], [\"team-expertise\", \"feature-fit\", \"1\"]]}";
    HttpResponse<String> response = server.post("/api/v1/ahp", "application/json", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).path("weights").path("scale-fit").asDouble())
        .isGreaterThan(json(response).path("weights").path("team-expertise").asDouble());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "{}",
        "{\"judgments\": []}",
        "{\"judgments\": [[\"team-expertise\", \"speed\", 3]]}",
        "{\"judgments\": [[\"team-expertise\", \"scale-fit\", 30]]}",
        "{\"judgments\": [[\"team-expertise\", \"scale-fit\", \"1/0\"]]}",
        "{\"judgments\": [[\"team-expertise\", \"team-expertise\", 2]]}",
        "{\"judgments\": [\"x\"]}",
        "{\"judgments\": [[\"team-expertise\", \"scale-fit\", 3], [\"scale-fit\", \"team-expertise\", 3]]}"
      })
  void badJudgmentsAreABadRequest(String body) {
    assertProblem(server.post("/api/v1/ahp", "application/json", body), 400);
  }

  @Test
  void aRequestJettyCannotParseStillGetsAProblemBody() throws Exception {
    try (java.net.Socket socket =
        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.app().port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/v1/frameworks/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response)
          .contains("application/problem+json")
          .contains("\"status\":400")
          .doesNotContain("<html");
    }
  }

  @Test
  void aMalformedMultipartBodyIsABadRequest() {
    HttpRequest request =
        server
            .request("/questionnaire")
            .header("Content-Type", "multipart/form-data; boundary=nope")
            .POST(HttpRequest.BodyPublishers.ofString("--nope\r\ntruncated"))
            .build();
    HttpResponse<String> response = server.send(request);
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void crossSiteWritesAreRefused() {
    HttpRequest request =
        server
            .request("/api/v1/evaluations")
            .header("Content-Type", "application/yaml")
            .header("Origin", "https://evil.example")
            .POST(HttpRequest.BodyPublishers.ofString(Profiles.CHECKOUT_YAML))
            .build();
    assertProblem(server.send(request), 403);
    HttpRequest sameSite =
        server
            .request("/api/v1/evaluations")
            .header("Content-Type", "application/yaml")
            .header("Origin", server.base())
            .POST(HttpRequest.BodyPublishers.ofString(Profiles.CHECKOUT_YAML))
            .build();
    assertThat(server.send(sameSite).statusCode()).isEqualTo(201);
  }

  @Test
  void unknownRoutesAndMethodsAreProblemsNotErrors() {
    assertProblem(server.get("/api/v1/nothing-here"), 404);
    HttpResponse<String> wrongMethod =
        server.send(server.request("/api/v1/frameworks").DELETE().build());
    assertThat(wrongMethod.statusCode()).isIn(404, 405);
  }
}
