package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTests {
  private static final String PROFILE = "../examples/migration/profile.yaml";
  private static final String API = "../examples/migration/orders-api.yaml";

  @TempDir Path dir;

  private static CliRun plan(String... more) {
    String[] args = new String[7 + more.length];
    String[] base = {
      "migrate", "plan", PROFILE, "--catalog", CliRun.CATALOG, "--today", "2026-12-03"
    };
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.run(args);
  }

  @Test
  void writesThePlanAsJsonWithSlicesStepsAndTheFacade() throws IOException {
    Path conf = dir.resolve("facade.conf");
    CliRun run =
        plan(
            "--to",
            "fastapi",
            "--openapi",
            API,
            "--format",
            "json",
            "--nginx",
            conf.toString(),
            "--moved",
            "json-reads");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.path("from").path("framework").asText()).isEqualTo("django");
    assertThat(plan.path("switchingCost").path("personMonths").asDouble()).isPositive();
    JsonNode slices = plan.path("slices");
    assertThat(slices).hasSize(5);
    assertThat(slices.get(4).path("id").asText()).isEqualTo("orders-writes");
    assertThat(slices.get(4).path("reason").asText()).contains("changes state");
    JsonNode json = slices.get(2);
    assertThat(json.path("id").asText()).isEqualTo("json-reads");
    assertThat(json.path("movedToNew").asBoolean()).isTrue();
    int line = json.path("facadeLine").asInt();
    assertThat(Files.readAllLines(conf).get(line - 1))
        .isEqualTo("    \"~^(GET|HEAD) /json(/|$)\" new; # slice 3: json-reads");
    assertThat(json.path("verify").asText())
        .isEqualTo(
            "stackfit lab diff http://127.0.0.1:8001 http://127.0.0.1:8002 --access-log access.log"
                + " --match '^(GET|HEAD) /json(/|$)'");
    assertThat(json.path("rollback").asText()).startsWith("on line " + line + " of facade.conf");
  }

  @Test
  void theMarkdownPlanSaysWhenStayingRanksHigher() {
    CliRun run = plan("--to", "fastapi", "--openapi", API);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("# Migration plan: Django to FastAPI\n")
        .contains("## Stay or move")
        .contains("### 4. orders-reads")
        .contains("- **Roll back**: on line ")
        .contains("```nginx\n");
  }

  @Test
  void badInputIsExitTwoWithAClearMessage() throws IOException {
    CliRun unknown = plan("--to", "fastapy", "--openapi", API);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--to fastapy: unknown framework id");

    Path broken = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.0\npaths: [\n");
    CliRun notParsed = plan("--to", "fastapi", "--openapi", broken.toString());
    assertThat(notParsed.exitCode()).isEqualTo(2);
    assertThat(notParsed.err()).contains(broken + ":");

    CliRun noCurrent =
        CliRun.run(
            "migrate",
            "plan",
            CliRun.EXAMPLES + "/prototype.yaml",
            "--catalog",
            CliRun.CATALOG,
            "--to",
            "fastapi");
    assertThat(noCurrent.exitCode()).isEqualTo(2);
    assertThat(noCurrent.err()).contains("the profile has no current section");

    CliRun badSlice = plan("--to", "fastapi", "--openapi", API, "--moved", "orderz-reads");
    assertThat(badSlice.exitCode()).isEqualTo(2);
    assertThat(badSlice.err()).contains("--moved orderz-reads: no such slice");
  }

  @Test
  void labDiffRefusesUnreachableAndRemoteTargetsWithExitTwo() throws IOException {
    Path requests = Files.writeString(dir.resolve("requests.txt"), "GET /health\n");
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String nobody = "http://127.0.0.1:" + closed;

    CliRun unreachable =
        CliRun.run("lab", "diff", nobody, nobody, "--requests", requests.toString());
    assertThat(unreachable.exitCode()).isEqualTo(2);
    assertThat(unreachable.err())
        .contains("stackfit lab diff: OLD_URL " + nobody + " cannot be reached");

    CliRun remote =
        CliRun.run("lab", "diff", "http://192.0.2.7/", nobody, "--requests", requests.toString());
    assertThat(remote.exitCode()).isEqualTo(2);
    assertThat(remote.err()).contains("which is not loopback");

    CliRun badFile =
        CliRun.run("lab", "diff", nobody, nobody, "--requests", dir.resolve("none.txt").toString());
    assertThat(badFile.exitCode()).isEqualTo(2);
    assertThat(badFile.err()).contains("none.txt: file not found");
  }
}
