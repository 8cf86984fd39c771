package dev.stackfit.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabCompareCommandTests {
  private static final String RECORDED = "../examples/lab/results/guide-trio-2026-11-26.json";

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
  void comparesTwoRunsOfOneLabSideBySide() {
    Run run = lab("compare", RECORDED, RECORDED);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "Lab \"Express, Django, Spring Boot and FastAPI on the reference order API\": A = "
                + RECORDED)
        .contains("\nexpress (express)\n")
        .contains("max sustainable rate (rps)")
        .contains("No difference exceeds the runs' own repetition-to-repetition spread.")
        .contains("Every verdict is the same.")
        .contains("Note: a result of format 1");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesJsonOnRequest() throws Exception {
    Run run = lab("compare", RECORDED, RECORDED, "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("candidates")).hasSize(4);
    assertThat(json.path("beyondSpread")).isEmpty();
  }

  @Test
  void aMissingFileIsBadInput() {
    Run run = lab("compare", RECORDED, dir.resolve("nope.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("nope.json: file not found").contains("stackfit lab run");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFileThatIsNotALabResultIsBadInput() {
    String profile = "../examples/profiles/js-team-rest-api.yaml";
    Run run = lab("compare", RECORDED, profile);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(profile + ":").contains("candidates: is required");
  }

  @Test
  void runsOfTwoDifferentLabsAreBadInput() throws Exception {
    Path other =
        Files.writeString(
            dir.resolve("other.json"),
            Files.readString(Path.of(RECORDED))
                .replace(
                    "\"Express, Django, Spring Boot and FastAPI on the reference order API\"",
                    "\"Another lab\""));

    Run run = lab("compare", RECORDED, other.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot be compared with " + RECORDED)
        .contains("runs of different labs");
  }
}
