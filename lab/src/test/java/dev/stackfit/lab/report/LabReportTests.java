package dev.stackfit.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.Measurement;
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
        "2 cores",
        List.of(
            new CandidateResult(
                fast,
                fastRun,
                List.of(1000.0),
                fastRun.steps().get(0),
                "carries the 3-year target with at least 2.0x margin"),
            new CandidateResult(
                slow,
                slowRun,
                List.of(500.0),
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
}
