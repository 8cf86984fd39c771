package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stackfit.core.decision.DecisionStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two access models: without accounts stackfit is a single-user local tool (no sign-in, no CSRF
 * token, but no sessions either); with accounts every page needs sign-in and every write the
 * session's CSRF token, the app's own forms included.
 */
class AccessModelTests {
  @TempDir Path data;

  @Test
  void withoutAccountsTheAppIsOpenButSessionsNeedAnAccount() {
    try (TeamServer server = new TeamServer(data)) {
      TeamClient anyone = new TeamClient(server.base());
      assertThat(anyone.get("/").statusCode()).isEqualTo(200);
      assertThat(anyone.get("/api/v1/frameworks").statusCode()).isEqualTo(200);
      assertThat(anyone.postForm("/questionnaire", Map.of("action", "evaluate")).statusCode())
          .isNotIn(401, 403);
      assertThat(anyone.get("/api/v1/openapi.json").body())
          .contains(
              "\"/api/v1/sessions/{id}/ballot\"",
              "\"/api/v1/sessions/{id}/rounds/{round}/ballots\"");
      HttpResponse<String> sessions = anyone.get("/sessions");
      assertThat(sessions.statusCode()).isEqualTo(401);
      assertThat(sessions.body())
          .contains("Decision sessions need accounts")
          .contains(
              "<code class=\"command\" id=\"admin-command\">stackfit user add --admin NAME</code>")
          .contains("notices the new account within a second")
          .contains("href=\"/\"");
    }
  }

  @Test
  void withoutAccountsOnlyThisMachineIsAnswered() throws Exception {
    Optional<InetAddress> lan = nonLoopbackAddress();
    assumeTrue(lan.isPresent(), "this machine has no non-loopback IPv4 address to test with");
    try (TeamServer server = new TeamServer(data, lan.get().getHostAddress())) {
      // Connecting to the machine's own network address makes that the client address too.
      TeamClient fromNetwork = new TeamClient(server.base());
      HttpResponse<String> home = fromNetwork.get("/");
      assertThat(home.statusCode()).isEqualTo(403);
      assertThat(home.body()).contains("no accounts").contains("stackfit user add --admin");
      assertThat(fromNetwork.get("/api/v1/frameworks").statusCode()).isEqualTo(403);
      assertThat(fromNetwork.get("/health").statusCode()).isEqualTo(200);
      server.user("Fran");
      // A running server notices a new account within a second.
      int status = 0;
      for (int i = 0; i < 40 && status != 401; i++) {
        Thread.sleep(100);
        status = fromNetwork.get("/api/v1/frameworks").statusCode();
      }
      assertThat(status)
          .as("with an account, the network is answered and sign-in decides")
          .isEqualTo(401);
      assertThat(server.signedIn("Fran").get("/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withoutAccountsOnlyLocalHostNamesAreAnswered() throws Exception {
    try (TeamServer server = new TeamServer(data)) {
      int port = server.app.port();
      assertThat(statusFor(port, "localhost:" + port)).isEqualTo(200);
      assertThat(statusFor(port, "127.0.0.1:" + port)).isEqualTo(200);
      assertThat(statusFor(port, "[::1]:" + port)).isEqualTo(200);
      // A DNS-rebinding page names its own host while connecting to 127.0.0.1.
      assertThat(statusFor(port, "evil.example:" + port)).isEqualTo(403);
      assertThat(statusFor(port, "evil.example")).isEqualTo(403);
    }
  }

  @Test
  void anOversizedUploadIsRefusedBeforeAnythingParsesIt() throws Exception {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      String boundary = "b0undary";
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"big\"; filename=\"big.bin\"\r\n\r\n"
              + "x".repeat(1024 * 1024)
              + "\r\n--"
              + boundary
              + "--\r\n";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.base() + "/login"))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .expectContinue(true)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
    }
  }

  /** The status of GET / sent over a raw socket with the given Host header. */
  private static int statusFor(int port, String host) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/v1/frameworks HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
    return NetworkInterface.networkInterfaces()
        .filter(
            i -> {
              try {
                return i.isUp() && !i.isLoopback();
              } catch (SocketException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }

  @Test
  void withAccountsTheAppsOwnFormsNeedTheCsrfTokenToo() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      assertThat(fran.get("/").statusCode()).isEqualTo(200);
      assertThat(fran.postForm("/questionnaire", Map.of("action", "evaluate")).statusCode())
          .isEqualTo(403);
      assertThat(fran.post("/questionnaire", Map.of("action", "evaluate")).statusCode())
          .isNotIn(401, 403);
    }
  }

  @Test
  void everyFormCarriesItsCsrfTokenWithoutScript() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String field = "<input type=\"hidden\" name=\"_csrf\" value=\"" + fran.csrf() + "\">";
      String questionnaire = fran.get("/questionnaire").body();
      assertThat(questionnaire.split(java.util.regex.Pattern.quote(field), -1))
          .as("the import form, the questionnaire and sign-out each carry it")
          .hasSize(4);
      String evaluation = SessionFixture.evaluation(server);
      String results = fran.get("/evaluations/" + evaluation).body();
      assertThat(results).contains("action=\"/evaluations/" + evaluation + "/lab\"");
      assertThat(results.split(java.util.regex.Pattern.quote(field), -1))
          .as("starting a session, attaching a lab result and sign-out")
          .hasSize(4);
      assertThat(fran.get("/catalog").body())
          .contains("Signed in as <strong id=\"signed-in-as\">Fran</strong>")
          .contains(field);
    }
  }

  @Test
  void theHomePageListsDecisionsDueForReview() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Due");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
      String first = SessionFixture.frameworks(ada, sessionId).get(0);
      ada.post(
          "/sessions/" + sessionId + "/ballot",
          SessionFixture.ballot(
              SessionFixture.frameworks(ada, sessionId), first, 1, Map.of(), "ok"));
      fran.post("/sessions/" + sessionId + "/reveal", Map.of());
      assertThat(fran.get("/").body()).doesNotContain("Decisions due for review");
      // A record whose review date is today: decided with the shortest review, on a clock that
      // does not move, so it is moved into the past through the store.
      HttpResponse<String> r =
          fran.post(
              "/sessions/" + sessionId + "/decision",
              Map.of(
                  "chosen", first, "rationale", "ok", "status", "accepted", "reviewMonths", "1"));
      String decisionId =
          r.headers().firstValue("Location").orElseThrow().substring("/decisions/".length());
      var record = server.stores.decisions().find(decisionId).orElseThrow();
      String json =
          record
              .decisionJson()
              .replace("\"reviewBy\" : \"2026-12-26\"", "\"reviewBy\" : \"2026-11-26\"");
      assertThat(json).as("the review date is rewritten").isNotEqualTo(record.decisionJson());
      server.stores.decisions().update(decisionId, json, DecisionStatus.ACCEPTED);
      assertThat(fran.get("/").body())
          .contains("Decisions due for review", "/decisions/" + decisionId + "/reassess");
      assertThat(fran.get("/decisions/" + decisionId + "/reassess").statusCode()).isEqualTo(200);
    }
  }
}
