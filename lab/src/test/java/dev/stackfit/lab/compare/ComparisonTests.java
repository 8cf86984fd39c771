package dev.stackfit.lab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.machine.CpuShares;
import dev.stackfit.lab.machine.CpuSplit;
import dev.stackfit.lab.machine.MachineBound;
import dev.stackfit.lab.machine.MachineInfo;
import dev.stackfit.lab.machine.StepConditions;
import dev.stackfit.lab.report.LabJson;
import dev.stackfit.lab.run.Agreement;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.Preparation;
import dev.stackfit.lab.run.Provenance;
import dev.stackfit.lab.run.Spread;
import dev.stackfit.lab.run.StepResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lab compare: two runs side by side, differences judged against each run's own spread. */
class ComparisonTests {
  static final Targets TARGETS = new Targets(800, 300, "profile js-team-rest-api.yaml");
  static final List<Double> RATES = List.of(320.0, 640.0, 800.0, 960.0, 1280.0, 1600.0);
  static final StepConditions QUIET =
      new StepConditions(new CpuShares(0.3, 0.1, 0.6, 0, 0.001), 1.1, 10, 2, 0.3, 0);
  static final StepConditions BUSY =
      new StepConditions(new CpuShares(0.75, 0.2, 0.01, 0, 0.04), 14, 10, 2, 0.3, 0);

  @TempDir Path dir;

  /** A repetition that held every step up to {@code held} at {@code cpuPerStep} s per 1,000. */
  static Measurement climbed(double held, double cpuPer1000, StepConditions c) {
    List<StepResult> steps = new ArrayList<>();
    for (double rate : RATES) {
      boolean ok = rate <= held;
      long requests = (long) rate * 10;
      steps.add(
          new StepResult(
              rate,
              ok ? rate : rate * 0.6,
              requests,
              0,
              1,
              3,
              ok ? 5 : 1500,
              2000,
              cpuPer1000 * requests / 1000,
              200,
              ok,
              ok ? "" : "p99 1,500 ms over the 300 ms target",
              c,
              MachineBound.reasons(c, 300)));
      if (!ok) {
        break;
      }
    }
    return new Measurement(
        3500, 180, steps, false, true, null, Path.of("spring-1.log"), List.of(3400.0, 3500.0));
  }

  static CandidateResult spring(List<Measurement> reps, String verdict) {
    Candidate spring =
        new Candidate(
            "spring-boot",
            "spring-boot",
            List.of("true"),
            Path.of("/tmp"),
            Map.of(),
            "127.0.0.1",
            18103,
            URI.create("http://127.0.0.1:18103/health"),
            "TERM",
            Duration.ofSeconds(60),
            Duration.ofSeconds(5));
    Measurement representative = reps.get(0);
    return new CandidateResult(
        spring,
        Preparation.NONE,
        reps,
        new Agreement(true, List.of(1, 2), List.of(), 0, 0),
        representative,
        representative.stepAt(800).orElse(null),
        verdict,
        representative.limitMachineBound() ? EvidenceQuality.MACHINE_BOUND : EvidenceQuality.CLEAN,
        "");
  }

  private Path write(String file, String labName, CandidateResult... candidates)
      throws IOException {
    LabFile lab =
        new LabFile(
            Path.of("guide-trio.yaml"),
            labName,
            List.of(candidates[0].candidate()),
            List.of(new ScenarioRequest("GET", "/json", Map.of(), "", Set.of(200), null, 1)),
            TARGETS,
            new LoadSteps(
                Duration.ofSeconds(10), Duration.ofSeconds(10), 5, 2, Duration.ofSeconds(2), 0.01),
            2,
            null);
    LabResult result =
        new LabResult(
            lab,
            Instant.parse("2026-11-26T06:49:27Z"),
            Duration.ofSeconds(600),
            new MachineInfo(2, "AMD EPYC", 23_000, "Linux 6.18", "25"),
            CpuSplit.plan(List.of(0, 1), true),
            new Provenance(
                "ab".repeat(32), "development", "6aeff75" + "0".repeat(33), "git rev-parse HEAD"),
            List.of(candidates));
    return Files.writeString(dir.resolve(file), LabJson.write(result));
  }

  private Path quiet() throws IOException {
    return write(
        "quiet.json",
        "guide trio",
        spring(
            List.of(climbed(1600, 0.6, QUIET), climbed(1600, 0.62, QUIET)),
            "carries the 3-year target with at least 2.0x margin"));
  }

  private Path busy() throws IOException {
    return write(
        "busy.json",
        "guide trio",
        spring(
            List.of(climbed(640, 1.1, BUSY), climbed(800, 1.2, BUSY)),
            "held 640 rps, a lower bound"));
  }

  @Test
  void rangesApartByUnderFivePercentAreNegligibleNotAFinding() {
    Spread a = Spread.of(List.of(231.6, 231.7));
    Spread b = Spread.of(List.of(230.9, 231.2));
    assertThat(a.apartFrom(b)).isTrue();
    assertThat(Comparison.Difference.of(a, b)).isEqualTo(Comparison.Difference.NEGLIGIBLE);
    assertThat(Comparison.Difference.of(a, Spread.of(List.of(200.7, 212.7))))
        .isEqualTo(Comparison.Difference.EXCEEDS_SPREAD);
  }

  @Test
  void aBusyRunDiffersBeyondTheSpreadAndTheMachineRowsShowWhy() throws IOException {
    Comparison c = Comparison.of(LabRunReader.read(quiet()), LabRunReader.read(busy()));

    Comparison.CandidateRows spring = c.candidates().get(0);
    assertThat(spring.verdictChanged()).isTrue();
    assertThat(spring.qualityChanged()).isTrue();
    assertThat(spring.figures())
        .filteredOn(f -> f.figure().equals("max sustainable rate"))
        .singleElement()
        .satisfies(f -> assertThat(f.difference()).isEqualTo(Comparison.Difference.EXCEEDS_SPREAD));
    assertThat(c.beyondSpread())
        .contains(
            "spring-boot: max sustainable rate", "spring-boot: CPU per 1,000 requests at target");
    assertThat(spring.figures())
        .filteredOn(f -> f.figure().equals("start-up"))
        .singleElement()
        .satisfies(f -> assertThat(f.difference()).isEqualTo(Comparison.Difference.SAME));

    String text = ComparisonText.render(c).replaceAll(" +", " ");
    assertThat(text)
        .contains("Lab \"guide trio\": A = " + dir.resolve("quiet.json"))
        .contains("\nmachine-bound steps 0 of 12 7 of 7\n")
        .contains("\nidle CPU over the steps median 60% (60% to 60%) median 1.0% (1.0% to 1.0%)\n")
        .contains(
            "\n max sustainable rate (rps) 1,600 (1,600 to 1,600) 640 (640 to 800) exceeds the"
                + " spread\n")
        .contains("\n start-up (ms) 3,400 (3,400 to 3,500) 3,400 (3,400 to 3,500) same\n")
        .contains("\n figures clean machine-bound changed\n")
        .contains("verdict B: held 640 rps, a lower bound (changed)")
        .contains("1 verdict(s) changed");
  }

  @Test
  void aRunComparedWithItselfShowsNoDifference() throws IOException {
    Path quiet = quiet();
    Comparison c = Comparison.of(LabRunReader.read(quiet), LabRunReader.read(quiet));

    assertThat(c.beyondSpread()).isEmpty();
    assertThat(ComparisonText.render(c))
        .contains("No difference exceeds the runs' own repetition-to-repetition spread.")
        .contains("Every verdict is the same.");
  }

  @Test
  void theJsonFormCarriesTheSameJudgement() throws Exception {
    Comparison c = Comparison.of(LabRunReader.read(quiet()), LabRunReader.read(busy()));

    JsonNode json = new ObjectMapper().readTree(ComparisonJson.write(c));
    assertThat(json.path("a").path("machineBoundSteps").asInt()).isZero();
    assertThat(json.path("b").path("machineBoundSteps").asInt()).isEqualTo(7);
    JsonNode spring = json.path("candidates").get(0);
    assertThat(spring.path("verdictChanged").asBoolean()).isTrue();
    assertThat(spring.path("figures").get(0).path("difference").asText())
        .isEqualTo("exceeds-spread");
    assertThat(spring.path("figures").get(0).path("b").path("min").asDouble()).isEqualTo(640);
  }

  @Test
  void runsOfDifferentLabsAreRefused() throws IOException {
    Path other =
        write("other.json", "another lab", spring(List.of(climbed(960, 1, QUIET)), "carries"));
    LabRun a = LabRunReader.read(quiet());
    LabRun b = LabRunReader.read(other);

    assertThatThrownBy(() -> Comparison.of(a, b))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("runs of different labs (\"guide trio\" and \"another lab\")");
  }

  @Test
  void aFileThatIsNotALabResultIsReportedWithItsLine() throws IOException {
    Path profile = Files.writeString(dir.resolve("profile.json"), "{\n  \"team\": {}\n}\n");

    assertThatThrownBy(() -> LabRunReader.read(profile))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .contains(
                        profile + ":1:1: targets: is required",
                        profile + ":1:1: candidates: is required",
                        profile + ":1:1: name: is required"));
  }

  @Test
  void theRecordedFormatOneRunStillReads() {
    LabRun recorded =
        LabRunReader.read(Path.of("../examples/lab/results/guide-trio-2026-11-26.json"));

    assertThat(recorded.format()).isEqualTo(1);
    assertThat(recorded.machine().description()).startsWith("2 cores");
    LabRun.Candidate express = recorded.candidate("express").orElseThrow();
    assertThat(express.sustainedRps().count()).isEqualTo(2);
    assertThat(express.p99AtTargetMs().count()).isEqualTo(1);
    assertThat(Comparison.of(recorded, recorded).notes())
        .anyMatch(n -> n.startsWith("a result of format 1"));
  }
}
