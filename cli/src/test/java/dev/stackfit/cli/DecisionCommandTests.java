package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionCommandTests {
  private static CliRun decide(Path dir, String... extra) {
    String[] base = {
      "decide",
      CliRun.EXAMPLES + "/enterprise-transactions.yaml",
      "--choose",
      "spring-boot",
      "--rationale",
      "the team knows it",
      "--decision-maker",
      "Ana",
      "--consulted",
      "Bo",
      "--informed",
      "Ops",
      "--today",
      "2026-11-26",
      "--catalog",
      CliRun.CATALOG,
      "--out-dir",
      dir.toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.run(args);
  }

  @Test
  void decideWritesAMadrRecordADecisionFileAndARadarCsv(@TempDir Path dir) throws IOException {
    CliRun run = decide(dir);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String madr = Files.readString(dir.resolve("0001-framework-choice.md"));
    assertThat(madr)
        .startsWith(
            "---\nstatus: accepted\ndate: 2026-11-26\ndecision-makers: Ana\nconsulted: Bo\ninformed: Ops\n---\n")
        .contains(
            "## Context and Problem Statement",
            "## Decision Drivers",
            "## Considered Options",
            "## Decision Outcome",
            "Chosen option: \"Spring Boot\", because the team knows it.",
            "### Consequences",
            "### Confirmation",
            "## Pros and Cons of the Options",
            "## More Information",
            "Reassess by **2027-05-26**");
    assertThat(Files.readString(dir.resolve("0001-framework-choice-radar.csv")))
        .startsWith("name,ring,quadrant,isNew,description\n\"Spring Boot\",Adopt,");
    assertThat(Files.readString(dir.resolve("0001-framework-choice.json")))
        .contains("\"reviewBy\" : \"2027-05-26\"");
  }

  @Test
  void anExistingRecordIsNeverReplacedWithoutForce(@TempDir Path dir) throws IOException {
    assertThat(decide(dir).exitCode()).isZero();
    String first = Files.readString(dir.resolve("0001-framework-choice.json"));
    CliRun again = decide(dir, "--title", "A second thought");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .contains("0001-framework-choice.md already exists")
        .contains("--force")
        .doesNotContain("Exception");
    assertThat(Files.readString(dir.resolve("0001-framework-choice.json"))).isEqualTo(first);
    assertThat(decide(dir, "--title", "A second thought", "--force").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("0001-framework-choice.json")))
        .contains("A second thought");
  }

  @Test
  void reassessReportsDueReviewAndDrift(@TempDir Path dir) {
    decide(dir);
    CliRun run =
        CliRun.run(
            "reassess",
            dir.resolve("0001-framework-choice.json").toString(),
            "--today",
            "2027-06-01",
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Review is due (since 2027-05-26).").contains("[team-question]");
  }

  @Test
  void reassessAsJsonAnswersWhatTheWebApiAnswers(@TempDir Path dir) {
    decide(dir);
    CliRun run =
        CliRun.run(
            "reassess",
            dir.resolve("0001-framework-choice.json").toString(),
            "--today",
            "2027-06-01",
            "--format",
            "json",
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{")
        .contains("\"due\" : true", "\"today\" : \"2027-06-01\"", "\"reviewBy\" : \"2027-05-26\"")
        .contains("\"kind\" : \"team-question\"");
  }

  @Test
  void reassessingOnTheDayOfTheDecisionFindsNoDrift(@TempDir Path dir) {
    // Django is the engine's #2 for this profile, and its 6.0 line ends within a year while the
    // team starts on 6.1: neither is news on the day of the decision.
    CliRun decided =
        CliRun.run(
            "decide",
            CliRun.EXAMPLES + "/content-site-admin.yaml",
            "--choose",
            "django",
            "--rationale",
            "the admin comes with it",
            "--today",
            "2026-12-03",
            "--catalog",
            CliRun.CATALOG,
            "--out-dir",
            dir.toString());
    assertThat(decided.exitCode()).as(decided.err()).isZero();
    CliRun run =
        CliRun.run(
            "reassess",
            dir.resolve("0001-framework-choice.json").toString(),
            "--today",
            "2026-12-03",
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Reassessing \"Use Django for Content site with an admin panel\" (decided")
        .contains("chose Django)")
        .doesNotContain("[winner-changed]", "[end-of-life]", "Something drifted")
        .endsWith(
            "Nothing drifted since the decision. Answer the team questions and record the"
                + " review.\n");
  }

  @Test
  void reassessBeforeTheDateSaysWhenItIsDue(@TempDir Path dir) {
    decide(dir);
    CliRun run =
        CliRun.run(
            "reassess",
            dir.resolve("0001-framework-choice.json").toString(),
            "--today",
            "2026-11-27",
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.out()).contains("Review due on 2027-05-26.");
  }

  @Test
  void aBrokenDecisionFileIsBadInputNamingTheFields(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("d.json");
    Files.writeString(file, "{\"format\": 1, \"id\": \"x\", \"status\": \"maybe\"}");
    CliRun run = CliRun.run("reassess", file.toString(), "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("d.json:1:36: status: \"maybe\" is not one of proposed, accepted")
        .contains("d.json:1:1: chosen: is required")
        .doesNotContain("Exception");
  }

  @Test
  void choosingAFrameworkThatIsNotRankedIsRefused(@TempDir Path dir) {
    CliRun run =
        CliRun.run(
            "decide",
            CliRun.EXAMPLES + "/microservice-interop.yaml",
            "--choose",
            "flask",
            "--rationale",
            "small",
            "--catalog",
            CliRun.CATALOG,
            "--out-dir",
            dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\"flask\" is not a ranked framework for this profile");
  }

  @Test
  void aDecisionWithoutARationaleIsRefused(@TempDir Path dir) {
    CliRun run =
        CliRun.run(
            "decide",
            CliRun.EXAMPLES + "/enterprise-transactions.yaml",
            "--choose",
            "spring-boot",
            "--rationale",
            "  ",
            "--catalog",
            CliRun.CATALOG,
            "--out-dir",
            dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stackfit: --rationale is required: say in a sentence why");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anIdThatWouldEscapeTheDirectoryIsRefused(@TempDir Path dir) {
    CliRun run = decide(dir, "--id", "../evil");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--id must be letters");
  }
}
