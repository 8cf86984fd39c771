package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.process.Endpoints;
import dev.stackfit.lab.process.LiveGroups;
import dev.stackfit.lab.process.TestProcesses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle end to end, against the smoke lab's small Python server. */
class LabRunnerTests {
  static final Path SERVER = Path.of("../examples/lab/smoke/python-server.py").toAbsolutePath();

  @TempDir Path dir;
  private final List<String> progress = new ArrayList<>();
  private final String marker = "lab-test-" + UUID.randomUUID();

  @AfterEach
  void nothingIsLeftRunning() throws IOException {
    assertThat(LiveGroups.liveGroupIds()).isEmpty();
    assertThat(TestProcesses.processesWithArgument(marker)).as("processes left behind").isEmpty();
  }

  private LabResult run(LabFile lab) {
    return new LabRunner(Clock.systemUTC(), dir.resolve("logs"), progress::add).run(lab);
  }

  private LabFile lab(Candidate candidate, LoadSteps load, double rps) {
    return new LabFile(
        dir.resolve("lab.yaml"),
        "test",
        List.of(candidate),
        List.of(new ScenarioRequest("GET", "/hello", Map.of(), "", Set.of(200), "hello", 1)),
        new Targets(rps, 1000, "lab file"),
        load,
        1,
        null);
  }

  private Candidate python(int port, Map<String, String> env, Duration startupTimeout) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("PORT", Integer.toString(port));
    return new Candidate(
        "py",
        "flask",
        List.of("python3", SERVER.toString(), marker),
        dir,
        all,
        "127.0.0.1",
        port,
        URI.create("http://127.0.0.1:" + port + "/health"),
        "TERM",
        startupTimeout,
        Duration.ofSeconds(2));
  }

  private static LoadSteps steps(int count, Duration each) {
    return new LoadSteps(Duration.ZERO, each, count, 2, Duration.ofSeconds(1), 0.01);
  }

  @Test
  void measuresStartupMemoryAndEveryStepThenStopsCleanly() throws IOException {
    int port = TestProcesses.freePort();
    LabResult result =
        run(
            lab(
                python(port, Map.of("DELAY_MS", "0"), Duration.ofSeconds(10)),
                steps(2, Duration.ofMillis(600)),
                40));

    CandidateResult c = result.candidates().get(0);
    Measurement m = c.representative();
    assertThat(m.failure()).isNull();
    assertThat(m.startupMs()).isBetween(1.0, 10_000.0);
    assertThat(m.idleRssMb()).isBetween(3.0, 200.0);
    assertThat(m.steps())
        .as(String.join("\n", progress))
        .extracting(StepResult::targetRps)
        .containsExactly(40.0, 80.0);
    assertThat(m.steps()).allMatch(StepResult::sustained);
    assertThat(m.steps())
        .as("the machine is watched during every step")
        .allMatch(s -> s.conditions().cpu().known() && s.conditions().generatorCpuSeconds() >= 0);
    assertThat(m.steps()).allMatch(s -> s.cpuPer1000Requests() >= 0);
    assertThat(c.startupSamplesMs()).as("three starts by default").hasSize(3);
    assertThat(m.steps().get(1).requests()).isBetween(40L, 56L);
    assertThat(m.portFreed()).isTrue();
    assertThat(m.forcedStop()).isFalse();
    assertThat(c.atTarget().targetRps()).isEqualTo(40);
    assertThat(c.verdict())
        .startsWith("carries the target (40 rps at p99 1,000 ms) with at least 2.0x");
    assertThat(Endpoints.answers("127.0.0.1", port)).isFalse();
    assertThat(progress).anyMatch(l -> l.startsWith("[py] healthy after"));
    assertThat(result.allMeasured()).isTrue();
  }

  @Test
  void aCandidateThatNeverAnswersTimesOutAndIsStopped() {
    int port = TestProcesses.freePort();
    Candidate silent =
        new Candidate(
            "silent",
            "flask",
            List.of("python3", "-c", "import time; time.sleep(30)", marker),
            dir,
            Map.of(),
            "127.0.0.1",
            port,
            URI.create("http://127.0.0.1:" + port + "/"),
            "TERM",
            Duration.ofMillis(400),
            Duration.ofSeconds(1));

    LabResult result = run(lab(silent, steps(1, Duration.ofMillis(200)), 10));

    Measurement m = result.candidates().get(0).representative();
    assertThat(m.failure())
        .startsWith("no healthy answer from http://127.0.0.1:" + port + "/ within 400 ms");
    assertThat(m.startupMs()).isEqualTo(-1);
    assertThat(m.steps()).isEmpty();
    assertThat(result.candidates().get(0).verdict()).startsWith("did not start: no healthy answer");
    assertThat(result.allMeasured()).isFalse();
  }

  @Test
  void aCrashDuringTheRunIsReportedWithTheStepItHappenedIn() {
    int port = TestProcesses.freePort();
    Candidate crashing =
        python(port, Map.of("DELAY_MS", "0", "CRASH_AFTER", "30"), Duration.ofSeconds(10));

    LabResult result = run(lab(crashing, steps(2, Duration.ofMillis(800)), 50));

    Measurement m = result.candidates().get(0).representative();
    assertThat(m.failure()).startsWith("crashed (exit code 3) during the step at 50 rps");
    assertThat(m.steps()).hasSize(1);
    assertThat(m.maxSustainableRps()).isZero();
    assertThat(result.candidates().get(0).verdict()).startsWith("failed: crashed");
  }

  @Test
  void aPortAlreadyInUseIsAClearErrorBeforeAnythingStarts() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      LabFile lab =
          lab(python(port, Map.of(), Duration.ofSeconds(5)), steps(1, Duration.ofMillis(200)), 10);

      assertThatThrownBy(() -> run(lab))
          .isInstanceOf(StackfitException.class)
          .hasMessageContaining("port " + port + " of candidate py is already in use");
      assertThat(progress).isEmpty();
    }
  }
}
