package dev.stackfit.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.cli.Main;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.MachineInfo;
import dev.stackfit.lab.report.LabJson;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.Provenance;
import dev.stackfit.lab.run.StepResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A lab result written by the lab feeds recommend's scale-fit and operational-fit. */
class LabEvidenceTests {
  private static final String PROFILE = "../examples/profiles/extreme-throughput.yaml";

  @TempDir Path dir;

  private static JsonNode recommend(String... extra) throws Exception {
    return recommendProfile(PROFILE, extra);
  }

  private static JsonNode recommendProfile(String profile, String... extra) throws Exception {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "recommend",
                profile,
                "--format",
                "json",
                "--seed",
                "1",
                "--today",
                "2026-11-26",
                "--catalog",
                "../catalog/data"));
    args.addAll(List.of(extra));
    int code = cli.execute(args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  private static JsonNode criterion(JsonNode evaluation, String framework, String criterion) {
    return StreamSupport.stream(evaluation.path("ranking").spliterator(), false)
        .filter(r -> r.path("framework").asText().equals(framework))
        .findFirst()
        .orElseThrow()
        .path("criteria")
        .path(criterion);
  }

  private Path labResult() throws Exception {
    LoadSteps load =
        new LoadSteps(
            Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 8, Duration.ofSeconds(1), 0.01);
    Candidate javalin = candidate("javalin-poc", "javalin", 9101);
    Candidate quarkus = candidate("quarkus-poc", "quarkus", 9102);
    LabFile lab =
        new LabFile(
            dir.resolve("lab.yaml"),
            "throughput",
            List.of(javalin, quarkus),
            List.of(new ScenarioRequest("GET", "/ingest", Map.of(), "", Set.of(), null, 1)),
            new Targets(250_000, 10, "profile extreme-throughput.yaml"),
            load,
            1,
            null);
    StepResult fastAtTarget =
        new StepResult(250_000, 250_000, 500_000, 0, 1, 2, 4, 9, 30, 60, true, "");
    StepResult fastTop =
        new StepResult(2_000_000, 2_000_000, 4_000_000, 0, 2, 4, 8, 15, 90, 60, true, "");
    StepResult slow =
        new StepResult(
            250_000,
            90_000,
            500_000,
            5000,
            400,
            900,
            2000,
            3000,
            80,
            900,
            false,
            "p99 2,000 ms over the 10 ms target");
    Measurement fast =
        new Measurement(
            300, 40, List.of(fastAtTarget, fastTop), false, true, null, dir.resolve("javalin.log"));
    Measurement slowRun =
        new Measurement(2500, 300, List.of(slow), false, true, null, dir.resolve("quarkus.log"));
    LabResult result =
        new LabResult(
            lab,
            Instant.parse("2026-11-26T04:00:00Z"),
            Duration.ofSeconds(42),
            new MachineInfo(2, "AMD EPYC", 23_000, "Linux 6.18", "25"),
            CpuSplit.plan(List.of(0, 1), true),
            new Provenance(null, "development", null, "unknown"),
            List.of(
                CandidateResult.single(javalin, fast, fastAtTarget, "carries"),
                CandidateResult.single(quarkus, slowRun, slow, "misses")));
    return Files.writeString(dir.resolve("lab-result.json"), LabJson.write(result));
  }

  private Candidate candidate(String name, String framework, int port) {
    return new Candidate(
        name,
        framework,
        List.of("true"),
        dir,
        Map.of(),
        "127.0.0.1",
        port,
        URI.create("http://127.0.0.1:" + port + "/"),
        "TERM",
        Duration.ofSeconds(5),
        Duration.ofSeconds(1));
  }

  @Test
  void aMeasurementFarAboveTheTargetLiftsScaleFitAndTheReasonCitesIt() throws Exception {
    Path evidence = labResult();
    JsonNode without = recommend();
    JsonNode with = recommend("--evidence", evidence.toString());

    JsonNode before = criterion(without, "javalin", "scale-fit");
    JsonNode after = criterion(with, "javalin", "scale-fit");
    assertThat(after.path("score").asDouble()).isGreaterThan(before.path("score").asDouble());
    assertThat(after.path("reasons").toString())
        .contains(
            "measured in PoC (lab-result.json): 2,000,000 rps sustained under the p99"
                + " target, 8.0x the 3-year peak");
    assertThat(before.path("reasons").toString()).doesNotContain("measured in PoC");
  }

  @Test
  void aMeasurementThatMissesTheTargetLowersScaleFitAndMeasuredMemoryFeedsOperationalFit()
      throws Exception {
    Path evidence = labResult();
    JsonNode without = recommend();
    JsonNode with = recommend("--evidence", evidence.toString());

    assertThat(criterion(with, "quarkus", "scale-fit").path("score").asDouble())
        .isLessThan(criterion(without, "quarkus", "scale-fit").path("score").asDouble());
    assertThat(criterion(with, "quarkus", "scale-fit").path("reasons").toString())
        .contains("0 rps sustained under the p99 target");
    assertThat(criterion(with, "javalin", "operational-fit").toString())
        .contains("PoC peak RSS 60 MiB");
  }

  @Test
  void theRecordedExampleRunFeedsTheJavaScriptTeamsEvaluation() throws Exception {
    JsonNode with =
        recommendProfile(
            "../examples/profiles/js-team-rest-api.yaml",
            "--evidence",
            "../examples/lab/results/guide-trio-2026-11-26.json");
    assertThat(criterion(with, "express", "scale-fit").path("reasons").toString())
        .contains("measured in PoC (guide-trio-2026-11-26.json)");
    assertThat(criterion(with, "django", "scale-fit").path("reasons").toString())
        .contains("measured in PoC (guide-trio-2026-11-26.json): 960 rps");
  }

  @Test
  void aMachineBoundFigureIsNamedInTheReasonAndWeighsLessThanACleanOne() throws Exception {
    Path clean = labResult();
    String text = Files.readString(clean);
    // The same figures, as a lab on a saturated machine would mark them.
    Path bound =
        Files.writeString(
            dir.resolve("bound.json"),
            text.replaceFirst(
                "\"quality\" : \"clean\",\\s*\"qualityNote\" : null",
                "\"quality\" : \"machine-bound\", \"qualityNote\" : \"the step at 2,000,000"
                    + " rps: no idle CPU\""));
    JsonNode without = recommend();
    JsonNode withClean = recommend("--evidence", clean.toString());
    JsonNode withBound = recommend("--evidence", bound.toString());

    double before = criterion(without, "javalin", "scale-fit").path("score").asDouble();
    double afterClean = criterion(withClean, "javalin", "scale-fit").path("score").asDouble();
    double afterBound = criterion(withBound, "javalin", "scale-fit").path("score").asDouble();
    assertThat(afterBound).isGreaterThan(before).isLessThan(afterClean);
    assertThat(criterion(withBound, "javalin", "scale-fit").path("reasons").toString())
        .contains("8.0x the 3-year peak; machine-bound: the machine, not the framework, limited")
        .contains("(the step at 2,000,000 rps: no idle CPU)");
    assertThat(criterion(withClean, "javalin", "scale-fit").path("reasons").toString())
        .doesNotContain("machine-bound");
  }
}
