package dev.stackfit.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadCommandTests {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine command = new CommandLine(new LoadCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return command.execute(args);
  }

  @Test
  void reportsEveryBadOptionOnItsOwnLineAndExitsWith2() {
    int code =
        execute(
            "http://127.0.0.1:1/",
            "--rate",
            "-5",
            "--duration",
            "ten seconds",
            "--timeout",
            "0x",
            "--mode",
            "sideways");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("stackfit load: --rate: a rate must be more than 0 requests per second, got -5.0")
        .contains("stackfit load: --duration: \"ten seconds\" is not a duration")
        .contains("stackfit load: --timeout: \"0x\" is not a duration")
        .contains("stackfit load: --mode: \"sideways\" is not one of open, closed")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void rejectsAUrlThatIsNotHttp() {
    assertThat(execute("ftp://127.0.0.1/x")).isEqualTo(2);
    assertThat(err.toString())
        .contains("URL: \"ftp://127.0.0.1/x\" must be an http:// URL with a host");
  }

  @Test
  void refusesNonLoopbackTargetsUnlessAllowedByName() {
    assertThat(execute("http://10.11.12.13:8080/", "--rate", "10")).isEqualTo(2);
    assertThat(err.toString())
        .contains("10.11.12.13 resolves to 10.11.12.13, which is not loopback")
        .contains("--allow-remote 10.11.12.13");
  }

  @Test
  void allowRemoteForAnotherHostDoesNotUnlockThisOne() {
    assertThat(execute("http://10.11.12.13/", "--allow-remote", "10.11.12.14")).isEqualTo(2);
    assertThat(err.toString()).contains("which is not loopback");
  }

  @Test
  void explainsMalformedRampsStepsAndHeaders() {
    assertThat(execute("http://127.0.0.1:1/", "--ramp", "100-200")).isEqualTo(2);
    assertThat(execute("http://127.0.0.1:1/", "--steps", "10,0", "-H", "no colon")).isEqualTo(2);

    assertThat(err.toString())
        .contains("--ramp: \"100-200\" is not FROM..TO, e.g. 100..5000")
        .contains("--steps: a rate must be more than 0 requests per second, got 0.0")
        .contains("--header: \"no colon\" is not 'Name: value'");
  }

  @Test
  void refusesAbsurdRatesAndPortsBeforeSendingAnything() {
    assertThat(execute("http://127.0.0.1:1/", "--rate", "1e99", "--duration", "1s")).isEqualTo(2);
    assertThat(execute("http://127.0.0.1:1/", "--ramp", "1..1e99")).isEqualTo(2);
    assertThat(execute("http://127.0.0.1:99999/", "--duration", "1s")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--rate: a rate must be at most 1000000/s (requests per second)")
        .contains("--ramp: a rate must be at most 1000000/s")
        .contains("99999")
        .doesNotContain("Exception");
  }

  @Test
  void refusesRatesInTheClosedModel() {
    assertThat(execute("http://127.0.0.1:1/", "--mode", "closed", "--rate", "100")).isEqualTo(2);
    assertThat(err.toString()).contains("apply to the open model only");
  }

  @Test
  void runsAgainstALocalServerAndWritesSummaryJsonAndPercentileFiles(@TempDir Path dir)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ping";
      int code =
          execute(
              url,
              "--rate",
              "100",
              "--duration",
              "1s",
              "--warmup",
              "200ms",
              "--expect-body",
              "pong",
              "--json",
              dir.resolve("r.json").toString(),
              "--hgrm",
              dir.resolve("r.hgrm").toString(),
              "--log",
              dir.resolve("r.hlog").toString());

      assertThat(code).as(err.toString()).isEqualTo(0);
      assertThat(out.toString())
          .contains("open model, constant arrivals, 100/s")
          .contains("from intended start")
          .contains("Errors         none");
      JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
      assertThat(json.get("mode").asText()).isEqualTo("open");
      assertThat(json.get("targetRate").asDouble()).isEqualTo(100.0);
      assertThat(json.get("requests").asLong()).isEqualTo(100);
      assertThat(json.get("errors").get("status").asLong()).isZero();
      assertThat(json.get("latencyMs").has("p999")).isTrue();
      assertThat(json.get("serviceTimeMs").get("max").asDouble()).isPositive();
      assertThat(Files.readString(dir.resolve("r.hgrm"))).contains("Percentile");
      assertThat(dir.resolve("r.service.hgrm")).exists();
      assertThat(Files.readString(dir.resolve("r.hlog"))).contains("latency");
    } finally {
      server.stop(0);
    }
  }
}
