package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.store.Databases;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PoC lab result attached to a saved evaluation becomes evidence on its results page. */
class LabAttachmentTests {
  @TempDir Path data;
  private TestServer server;
  private String id;

  @BeforeEach
  void start() {
    server = new TestServer(Databases.openSqlite(data), TestCatalog.full(), 500);
    HttpResponse<String> created =
        server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML);
    id = ApiContract.json(created).path("id").asText();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> put(String path, String body) {
    return server.send(
        server
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private String winner() {
    return ApiContract.json(server.get("/api/v1/evaluations/" + id))
        .path("ranking")
        .get(0)
        .path("framework")
        .asText();
  }

  @Test
  void anAttachedResultIsShownAndItsMeasurementsEnterTheReasons() {
    String framework = winner();
    String lab =
        "{\"date\":\"2026-11-26\",\"candidates\":[{\"framework\":\""
            + framework
            + "\",\"name\":\"poc-one\",\"maxSustainableRps\":12345,\"startupMs\":900,\"peakRssMb\":210,"
            + "\"atTarget\":{\"rate\":100,\"requests\":1000,\"latencyMs\":{\"p50\":3,\"p99\":20},\"errors\":0}}]}";
    HttpResponse<String> attached = put("/api/v1/evaluations/" + id + "/lab", lab);
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
    JsonNode body = ApiContract.json(attached);
    assertThat(body.path("attached").asBoolean()).isTrue();

    String page = server.get("/evaluations/" + id).body();
    assertThat(page)
        .contains("Proof-of-concept measurements")
        .contains("poc-one")
        .contains("12,345 rps");
    assertThat(page).contains("measured in PoC (lab result of " + id + "): 12,345 rps");
  }

  @Test
  void aReplacedResultIsSeenEvenWhenItsTextHasTheSameHashCode() {
    String lab =
        "{\"date\":\"2026-11-26\",\"candidates\":[{\"framework\":\""
            + winner()
            + "\",\"name\":\"NAME\",\"maxSustainableRps\":900,\"startupMs\":900,\"peakRssMb\":210}]}";
    String first = lab.replace("NAME", "pocAa");
    String second = lab.replace("NAME", "pocBB");
    assertThat(second.hashCode())
        .as("a 32-bit hash cannot tell them apart")
        .isEqualTo(first.hashCode());

    assertThat(put("/api/v1/evaluations/" + id + "/lab", first).statusCode()).isEqualTo(200);
    assertThat(server.get("/evaluations/" + id).body()).contains("pocAa");
    assertThat(put("/api/v1/evaluations/" + id + "/lab", second).statusCode()).isEqualTo(200);
    assertThat(server.get("/evaluations/" + id).body()).contains("pocBB").doesNotContain("pocAa");
  }

  @Test
  void aMalformedResultIsUnprocessableAndNothingIsAttached() {
    HttpResponse<String> response =
        put("/api/v1/evaluations/" + id + "/lab", "{\"candidates\": []}");
    ApiContract.assertProblem(response, 422);
    assertThat(response.body()).contains("candidates");
    assertThat(server.get("/evaluations/" + id).body()).contains("No measurements yet");
  }

  @Test
  void aBadFigureIsReportedWithItsLineAndPath() throws Exception {
    HttpResponse<String> response =
        put(
            "/api/v1/evaluations/" + id + "/lab",
            "{\n  \"candidates\": [\n    {\"framework\": \"express\", \"peakRssMb\": \"big\"}\n  ]\n}\n");
    ApiContract.assertProblem(response, 422);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("title").asText()).isEqualTo("The lab result has problems");
    JsonNode problem = body.path("problems").get(0);
    assertThat(problem.path("line").asInt()).isEqualTo(3);
    assertThat(problem.path("path").asText()).isEqualTo("candidates[0].peakRssMb");
    assertThat(server.get("/evaluations/" + id).body()).contains("No measurements yet");
  }

  @Test
  void aResultForAFrameworkTheCatalogLacksIsRefused() {
    HttpResponse<String> response =
        put(
            "/api/v1/evaluations/" + id + "/lab",
            "{\"candidates\":[{\"framework\":\"cobol-on-cogs\",\"maxSustainableRps\":9}]}");
    ApiContract.assertProblem(response, 422);
    assertThat(response.body())
        .contains("cobol-on-cogs")
        .contains("not a framework of this catalog");
  }

  @Test
  void anUnknownEvaluationIsNotFound() {
    ApiContract.assertProblem(
        put(
            "/api/v1/evaluations/AAAAAAAAAAAA/lab",
            "{\"candidates\":[{\"framework\":\"express\"}]}"),
        404);
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    ApiContract.assertProblem(put("/api/v1/evaluations/" + id + "/lab", ""), 400);
  }
}
