package dev.stackfit.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabRunCommandTests {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run lab(String... args) {
    CommandLine cli = new CommandLine(new LabCommand());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBadLabFilePrintsEveryProblemWithItsLineAndExitsTwo() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("lab.yaml"),
            """
            stackfit: 1
            name: broken
            targets: { rps: 100 }
            scenario: [ { path: /x } ]
            candidates:
              - { name: a, framework: express, command: [node, a.js], port: 0 }
            """);

    Run run = lab("run", file.toString(), "--catalog", "../catalog/data");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ":3:10: targets.p99Ms: is required")
        .contains(file + ":6:65: candidates[0].port: 0 is out of range 1..65535")
        .contains("docs/lab.md");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingLabFileIsBadInput() {
    Run run = lab("run", dir.resolve("nope.yaml").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml: file not found");
  }
}
