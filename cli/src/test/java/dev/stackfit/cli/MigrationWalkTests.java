package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the worked example of docs/migration.md end to end: examples/migration/walk.sh starts Django
 * and FastAPI on one database with the generated nginx facade in front, moves every slice after a
 * lab diff, catches the slip it puts into the port of one slice, and rolls one back. Skips when
 * nginx or the PoCs' Python packages are missing, unless POC_CONFORMANCE_REQUIRE_ALL=true (CI),
 * where .ci/run installs them.
 */
@Tag("slow")
class MigrationWalkTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void movesTheDjangoPocToFastApiSliceBySliceAndCatchesTheSlip() throws Exception {
    requireTools();
    List<String> ports = freePorts(3);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder walk =
        new ProcessBuilder("bash", "../examples/migration/walk.sh", work.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("walk.log").toFile());
    walk.environment()
        .put(
            "STACKFIT",
            java + " -cp " + System.getProperty("java.class.path") + " dev.stackfit.cli.Main");
    walk.environment().put("OLD_PORT", ports.get(0));
    walk.environment().put("NEW_PORT", ports.get(1));
    walk.environment().put("FACADE_PORT", ports.get(2));
    Process process = walk.start();
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
    String log = Files.readString(work.resolve("walk.log"));
    assertThat(ended).as(log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();

    JsonNode slip = JSON.readTree(work.resolve("diff-orders-reads-slip.json").toFile());
    assertThat(slip.path("same").asBoolean()).isFalse();
    JsonNode list = endpoint(slip, "GET /orders");
    assertThat(list.path("differences").get(0).path("field").asText())
        .isEqualTo("body.orders[*].totalCents");
    assertThat(endpoint(slip, "GET /orders/{id}").path("differing").asInt()).isZero();

    assertThat(
            JSON.readTree(work.resolve("diff-orders-reads.json").toFile()).path("same").asBoolean())
        .isTrue();
    JsonNode writes = JSON.readTree(work.resolve("diff-orders-writes.json").toFile());
    assertThat(writes.path("same").asBoolean()).as(writes.toString()).isTrue();
    assertThat(endpoint(writes, "POST /orders").path("noise").toString())
        .contains("\"body.id\"")
        .contains("\"header location\"");

    List<String> routes =
        Files.readAllLines(work.resolve("facade/facade.conf")).stream()
            .filter(l -> l.contains("# slice "))
            .toList();
    assertThat(routes).hasSize(5).allMatch(l -> l.contains(" new; # slice "));
    assertThat(Files.readString(work.resolve("facade/access.log")))
        .contains("\"method\":\"GET\",\"uri\":\"/orders/1\"")
        .contains("\"upstream\":\"new\"");
    assertThat(log).contains("POST /orders is now served by: old");
  }

  private static JsonNode endpoint(JsonNode report, String name) {
    for (JsonNode e : report.path("endpoints")) {
      if (e.path("endpoint").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no endpoint " + name + " in " + report);
  }

  private static void requireTools() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("nginx", "curl")) {
      if (!run("bash", "-c", "command -v " + tool)) {
        missing.add(tool);
      }
    }
    if (!run("/usr/bin/python3", "-c", "import django, gunicorn, fastapi, uvicorn, jinja2")) {
      missing.add("the PoCs' Python packages");
    }
    boolean required = "true".equals(System.getenv("POC_CONFORMANCE_REQUIRE_ALL"));
    assertThat(!required || missing.isEmpty())
        .as("missing for the migration example: %s (.ci/run installs them)", missing)
        .isTrue();
    assumeTrue(missing.isEmpty(), "missing for the migration example: " + missing);
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(s -> String.valueOf(s.getLocalPort())).toList();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }
}
