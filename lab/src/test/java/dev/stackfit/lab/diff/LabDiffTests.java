package dev.stackfit.lab.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabDiffTests {
  private final List<HttpServer> servers = new java.util.ArrayList<>();

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  /** An order service whose POST answers carry a generated id and a timestamp. */
  private URI orders(Function<Integer, String> listBody) throws IOException {
    AtomicInteger next = new AtomicInteger(5000);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/orders",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          if (exchange.getRequestMethod().equals("POST")) {
            exchange.getRequestBody().readAllBytes();
            int id = next.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/orders/" + id);
            answer(
                exchange,
                201,
                "{\"id\":"
                    + id
                    + ",\"createdAt\":\""
                    + System.nanoTime()
                    + "\",\"status\":\"placed\"}");
          } else if (path.equals("/orders")) {
            answer(exchange, 200, listBody.apply(3));
          } else {
            String id = path.substring("/orders/".length());
            answer(exchange, 200, "{\"status\":\"paid\",\"id\":" + id + ",\"totalCents\":1200.0}");
          }
        });
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static final List<DiffRequest> REQUESTS =
      RequestFile.parse(
          List.of(
              "# the orders slice",
              "GET /orders/7",
              "GET /orders/8",
              "GET /orders?customer=3",
              "POST /orders {\"customerId\": 3, \"lines\": [{\"productId\": 5, \"quantity\": 2}]}",
              "POST /orders {\"customerId\": 4, \"lines\": [{\"productId\": 1, \"quantity\": 1}]}"),
          "requests.txt");

  private static LabDiff.Options options(URI old, URI candidate) {
    return new LabDiff.Options(
        old, candidate, Optional.empty(), LabDiff.DEFAULT_HEADERS, Duration.ofSeconds(5), null);
  }

  @Test
  void ignoresGeneratedIdsAndTimestampsLearnedFromTheOldServiceAskedTwice() throws IOException {
    URI old = orders(n -> "{\"orders\":[{\"id\":1,\"lineCount\":" + n + "}]}");
    URI candidate = orders(n -> "{\"orders\":[{\"lineCount\":" + n + ",\"id\":1}]}");

    DiffReport report = LabDiff.run(REQUESTS, options(old, candidate));

    assertThat(report.same()).isTrue();
    assertThat(report.endpoints())
        .extracting(DiffReport.Endpoint::endpoint)
        .containsExactly("GET /orders/{id}", "GET /orders", "POST /orders");
    DiffReport.Endpoint post = report.endpoints().get(2);
    assertThat(post.noise()).containsExactly("body.createdAt", "body.id", "header location");
    assertThat(report.endpoints().get(0).noise()).isEmpty();
    assertThat(DiffText.render(report))
        .contains("ignored as noise: body.createdAt, body.id, header location")
        .contains("Same: no difference beyond the noise in 5 requests to 3 endpoints.");
  }

  @Test
  void findsAChangedFieldWithAnExampleWhileStillIgnoringTheNoise() throws IOException {
    URI old = orders(n -> "{\"orders\":[{\"id\":1,\"lineCount\":" + n + "}]}");
    URI candidate = orders(n -> "{\"orders\":[{\"id\":1,\"lineCount\":" + (n + 1) + "}]}");

    DiffReport report = LabDiff.run(REQUESTS, options(old, candidate));

    assertThat(report.same()).isFalse();
    assertThat(report.differing()).isEqualTo(1);
    DiffReport.Endpoint list = report.endpoints().get(1);
    assertThat(list.fields()).hasSize(1);
    DiffReport.Field field = list.fields().get(0);
    assertThat(field.field()).isEqualTo("body.orders[*].lineCount");
    assertThat(field.examples().get(0))
        .isEqualTo(
            new DiffReport.Example(
                "GET /orders?customer=3", "requests.txt:4", "body.orders[0].lineCount", "3", "4"));
    assertThat(report.endpoints().get(2).differing()).isZero();
    assertThat(DiffJson.write(report))
        .contains("\"field\" : \"body.orders[*].lineCount\"")
        .contains("\"same\" : false");
    assertThat(DiffHtml.render(report)).contains("<code>body.orders[*].lineCount</code>");
  }

  @Test
  void comparesJsonStructurallyAndOtherBodiesAsText() {
    Answer json = new Answer(200, java.util.Map.of(), "application/json", "{\"a\":1,\"b\":[1,2]}");
    Answer reordered =
        new Answer(200, java.util.Map.of(), "application/problem+json", "{\"b\":[1.0,2],\"a\":1}");
    Answer shorter = new Answer(200, java.util.Map.of(), "application/json", "{\"a\":1,\"b\":[1]}");
    Answer html = new Answer(200, java.util.Map.of(), "text/html", "<p>a</p>");
    Answer otherHtml = new Answer(500, java.util.Map.of(), "text/html", "<p>b</p>");

    assertThat(AnswerDiff.compare(json, reordered)).isEmpty();
    assertThat(AnswerDiff.compare(json, shorter))
        .containsExactly(new Difference("body.b[1]", "2", "(absent)"));
    assertThat(AnswerDiff.compare(html, otherHtml))
        .containsExactly(
            new Difference("status", "200", "500"),
            new Difference("body", "at character 3: <p>a</p>", "at character 3: <p>b</p>"));
  }

  @Test
  void refusesANonLoopbackTargetAndAServiceThatIsNotRunning() throws IOException {
    URI old = orders(n -> "{}");
    assertThatThrownBy(() -> LabDiff.run(REQUESTS, options(old, URI.create("http://192.0.2.1/"))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("NEW_URL http://192.0.2.1/")
        .hasMessageContaining("not loopback");
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    URI nobody = URI.create("http://127.0.0.1:" + closed);
    assertThatThrownBy(() -> LabDiff.run(REQUESTS, options(nobody, old)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("OLD_URL " + nobody + " cannot be reached")
        .hasMessageContaining("is the service running?");
  }

  @Test
  void reportsEveryBadLineOfARequestFileWithItsNumber() {
    assertThatThrownBy(
            () ->
                RequestFile.parse(
                    List.of("GET /ok", "FETCH /orders", "GET orders", "GET", "GET /a b{"), "r.txt"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("r.txt:2:1: \"FETCH\" is not a method")
        .hasMessageContaining("r.txt:3:1: \"orders\" is not a path; a path starts with /")
        .hasMessageContaining("r.txt:4:1: \"GET\" is not a request");
    assertThat(RequestFile.parse(List.of("POST /a {\"x\": [1, 2]}"), "r.txt").get(0).body())
        .isEqualTo("{\"x\": [1, 2]}");
  }

  @Test
  void readsRequestsRecordedByTheFacadesAccessLog() {
    List<DiffRequest> requests =
        AccessLogRequests.parse(
            List.of(
                "{\"method\":\"GET\",\"uri\":\"/orders?customer=3\",\"body\":\"\",\"status\":200}",
                "{\"method\":\"POST\",\"uri\":\"/orders\",\"body\":\"{\\\"customerId\\\":3}\"}"),
            "access.log");
    assertThat(requests)
        .containsExactly(
            new DiffRequest("GET", "/orders?customer=3", "", "access.log:1"),
            new DiffRequest("POST", "/orders", "{\"customerId\":3}", "access.log:2"));
    assertThatThrownBy(
            () ->
                AccessLogRequests.parse(
                    List.of("127.0.0.1 - - [03/Dec/2026] \"GET / HTTP/1.1\" 200"), "access.log"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("access.log:1:1: is not a JSON line");
  }

  @Test
  void groupsRequestsByEndpointWithIdentifiersGeneralised() {
    assertThat(Endpoints.of(new DiffRequest("get", "/orders/17?x=1", "", "")))
        .isEqualTo("GET /orders/{id}");
    assertThat(
            Endpoints.of(
                new DiffRequest("GET", "/u/0b6f3a5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/items", "", "")))
        .isEqualTo("GET /u/{id}/items");
    assertThat(Endpoints.of(new DiffRequest("GET", "/", "", ""))).isEqualTo("GET /");
  }
}
