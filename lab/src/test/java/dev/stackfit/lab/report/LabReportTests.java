package dev.stackfit.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.machine.CpuShares;
import dev.stackfit.lab.machine.MachineBound;
import dev.stackfit.lab.machine.StepConditions;
import dev.stackfit.lab.run.Agreement;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
import dev.stackfit.lab.run.Preparation;
import dev.stackfit.lab.run.StepResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabReportTests {
  static final LabResult RESULT = sample();

  static StepResult step(double rate, double p99Ms, boolean sustained) {
    return new StepResult(
        rate,
        rate * 0.99,
        (long) rate * 2,
        sustained ? 0 : 3,
        p99Ms / 4,
        p99Ms / 2,
        p99Ms,
        p99Ms * 2,
        rate / 1000,
        60 + rate / 100,
        sustained,
        sustained ? "" : "p99 " + p99Ms + " ms over the 50 ms target");
  }

  static Candidate candidate(String name, String framework, int port) {
    return new Candidate(
        name,
        framework,
        List.of("true"),
        Path.of("/tmp"),
        Map.of(),
        "127.0.0.1",
        port,
        URI.create("http://127.0.0.1:" + port + "/"),
        "TERM",
        Duration.ofSeconds(5),
        Duration.ofSeconds(1));
  }

  static LabResult sample() {
    LoadSteps load =
        new LoadSteps(
            Duration.ofSeconds(1), Duration.ofSeconds(2), 2, 2, Duration.ofSeconds(1), 0.01);
    Candidate fast = candidate("fast<one>", "javalin", 9001);
    Candidate slow = candidate("slow", "flask", 9002);
    LabFile lab =
        new LabFile(
            Path.of("lab.yaml"),
            "Orders",
            List.of(fast, slow),
            List.of(new ScenarioRequest("GET", "/orders", Map.of(), "", Set.of(200), null, 1)),
            new Targets(500, 50, "profile team.yaml"),
            load,
            1,
            null);
    Measurement fastRun =
        new Measurement(
            420,
            80,
            List.of(step(500, 4, true), step(1000, 9, true)),
            false,
            true,
            null,
            Path.of("fast.log"));
    Measurement slowRun =
        new Measurement(
            900,
            30,
            List.of(step(500, 40, true), step(1000, 240, false)),
            true,
            true,
            null,
            Path.of("slow.log"));
    return new LabResult(
        lab,
        Instant.parse("2026-11-26T04:00:00Z"),
        Duration.ofSeconds(42),
        SampleLab.MACHINE,
        SampleLab.NOT_PINNED,
        SampleLab.PROVENANCE,
        List.of(
            CandidateResult.single(
                fast,
                fastRun,
                fastRun.steps().get(0),
                "carries the 3-year target with at least 2.0x margin"),
            CandidateResult.single(
                slow,
                slowRun,
                slowRun.steps().get(0),
                "carries the 3-year target with 1.0x margin")));
  }

  @Test
  void jsonHasEveryContractFieldPerCandidate() throws Exception {
    JsonNode json = new ObjectMapper().readTree(LabJson.write(RESULT));

    assertThat(json.path("date").asText()).isEqualTo("2026-11-26");
    JsonNode fast = json.path("candidates").get(0);
    for (String field :
        List.of(
            "name",
            "framework",
            "startupMs",
            "idleRssMb",
            "peakRssMb",
            "cpuSeconds",
            "maxSustainableRps",
            "atTarget",
            "verdict")) {
      assertThat(fast.has(field)).as(field).isTrue();
    }
    assertThat(fast.path("framework").asText()).isEqualTo("javalin");
    assertThat(fast.path("maxSustainableRps").asDouble()).isEqualTo(1000);
    assertThat(fast.path("peakRssMb").asDouble()).isEqualTo(70);
    assertThat(fast.path("cpuSeconds").asDouble()).isEqualTo(1.5);
    assertThat(fast.path("atTarget").path("rate").asDouble()).isEqualTo(500);
    assertThat(fast.path("atTarget").path("latencyMs").path("p50").asDouble()).isEqualTo(1);
    assertThat(fast.path("atTarget").path("latencyMs").path("p99").asDouble()).isEqualTo(4);
    assertThat(fast.path("atTarget").path("errors").asLong()).isZero();
    assertThat(json.path("candidates").get(1).path("steps").get(1).path("sustained").asBoolean())
        .isFalse();
  }

  @Test
  void markdownShowsTheSideBySideTableVerdictsAndSteps() {
    String md = LabMarkdown.render(RESULT);

    assertThat(md).contains("# PoC lab: Orders");
    assertThat(md).contains("| | fast<one> | slow | ");
    assertThat(md).contains("| max sustainable rate | 1,000 rps | 500 rps | ");
    assertThat(md).contains("| start-up (first healthy answer) | 420 ms | 900 ms | ");
    assertThat(md).contains("| stop | clean, port freed | needed SIGKILL, port freed | ");
    assertThat(md).contains("- **slow** (flask): carries the 3-year target with 1.0x margin");
    assertThat(md)
        .contains("| 1,000 | 990 | 60.0 | 240 | 480 | 3 | 1.00 | 70.0 | missed: p99 240.0");
  }

  @Test
  void htmlIsSelfContainedWithEscapedNamesAndThreeCharts() {
    String html = LabHtml.render(RESULT);

    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(html).contains("fast&lt;one&gt;").doesNotContain("fast<one>");
    assertThat(html.split("<svg ", -1)).hasSize(4);
    assertThat(html).contains("Latency against offered rate", "p99 target 50.0 ms");
    assertThat(html).contains("Memory of the process tree", "Start-up to first healthy answer");
    assertThat(html).contains("carries the 3-year target with at least 2.0x margin");
    assertThat(html).contains("<polyline");
  }

  @Test
  void textLinesUpTheCandidatesForTheTerminal() {
    String text = LabText.render(RESULT);

    assertThat(text).contains("max sustainable rate").contains("1,000 rps").contains("500 rps");
    assertThat(text).contains("  slow (flask): carries the 3-year target with 1.0x margin");
  }

  @Test
  void jsonRecordsTheMachineTheProvenanceAndEveryRepetition() throws Exception {
    JsonNode json = new ObjectMapper().readTree(LabJson.write(RESULT));

    assertThat(json.path("format").asInt()).isEqualTo(2);
    assertThat(json.path("tookSeconds").asDouble()).isEqualTo(42);
    assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
    assertThat(json.path("machine").path("cpuModel").asText()).isEqualTo("AMD EPYC");
    assertThat(json.path("machine").path("duringRun").path("machineBoundSteps").asInt()).isZero();
    assertThat(json.path("cpuSplit").path("pinned").asBoolean()).isFalse();
    assertThat(json.path("cpuSplit").path("note").asText()).startsWith("not pinned: 2 CPU(s)");
    assertThat(json.path("provenance").path("labFileSha256").asText()).hasSize(64);
    assertThat(json.path("provenance").path("stackfitCommit").asText()).startsWith("80df889");
    assertThat(json.path("thresholds").path("minIdleShare").asDouble()).isEqualTo(0.05);
    assertThat(json.path("thresholds").path("maxStealShare").asDouble()).isEqualTo(0.05);
    assertThat(json.path("thresholds").path("maxGeneratorLagMs").asDouble()).isEqualTo(5);
    assertThat(json.path("load").path("startups").asInt()).isEqualTo(3);
    JsonNode fast = json.path("candidates").get(0);
    assertThat(fast.path("quality").asText()).isEqualTo("clean");
    assertThat(fast.path("startup").path("samplesMs").get(0).asDouble()).isEqualTo(420);
    assertThat(fast.path("repetitions")).hasSize(1);
    assertThat(fast.path("repetitions").get(0).path("steps")).hasSize(2);
    assertThat(fast.path("steps").get(0).path("cpuPer1000Requests").asDouble()).isEqualTo(0.5);
    assertThat(fast.path("cpuPer1000Requests").path("atTarget").path("median").asDouble())
        .isEqualTo(0.5);
    assertThat(fast.path("steps").get(0).path("machineBound").asBoolean()).isFalse();
    assertThat(fast.path("preparation").isNull()).isTrue();
  }

  @Test
  void machineBoundStepsAndFiguresAreMarkedInEveryReport() throws Exception {
    StepConditions busy =
        new StepConditions(new CpuShares(0.8, 0.19, 0.01, 0, 0), 9.5, 2, 0.4, 0.2, 0);
    StepResult bound =
        new StepResult(
            1000,
            700,
            2000,
            0,
            100,
            200,
            240,
            480,
            2,
            90,
            false,
            "p99 240 ms over the 50 ms target",
            busy,
            MachineBound.reasons(busy, 50));
    Measurement m =
        new Measurement(
            900, 30, List.of(step(500, 40, true), bound), false, true, null, Path.of("slow.log"));
    Candidate slow = candidate("slow", "flask", 9002);
    CandidateResult c =
        new CandidateResult(
            slow,
            Preparation.NONE,
            List.of(m),
            Agreement.single(),
            m,
            m.steps().get(0),
            "held 500 rps, a lower bound",
            EvidenceQuality.MACHINE_BOUND,
            "the step at 1,000 rps: no idle CPU");
    LabResult r =
        new LabResult(
            RESULT.lab(),
            RESULT.started(),
            RESULT.took(),
            RESULT.machine(),
            RESULT.split(),
            RESULT.provenance(),
            List.of(c));

    assertThat(LabMarkdown.render(r))
        .contains("MACHINE-BOUND: no idle CPU: 1.0% idle over the step (below 5.0%)")
        .contains("| machine-bound steps | 1 of 2 | ")
        .contains("| figures | machine-bound | ")
        .contains("1 of 2 steps machine-bound");
    assertThat(LabHtml.render(r))
        .contains("<title>machine-bound: no idle CPU")
        .contains("class=\"bound\"")
        .contains("<span class=\"quality\">machine-bound</span>");
    JsonNode json = new ObjectMapper().readTree(LabJson.write(r));
    assertThat(json.path("candidates").get(0).path("quality").asText()).isEqualTo("machine-bound");
    assertThat(
            json.path("candidates")
                .get(0)
                .path("steps")
                .get(1)
                .path("machineBoundReasons")
                .get(0)
                .asText())
        .startsWith("no idle CPU");
    assertThat(json.path("machine").path("duringRun").path("machineBoundSteps").asInt())
        .isEqualTo(1);
  }
}
