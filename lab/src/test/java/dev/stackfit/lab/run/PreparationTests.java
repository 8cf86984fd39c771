package dev.stackfit.lab.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import dev.stackfit.lab.process.LiveGroups;
import dev.stackfit.lab.process.TestProcesses;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
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

/** Preparation is a phase of its own: timed apart, and never part of start-up. */
class PreparationTests {
  private static final double PREPARE_SECONDS = 5;

  @TempDir Path dir;
  private final List<String> progress = new ArrayList<>();
  private final String marker = "prepare-test-" + UUID.randomUUID();

  @AfterEach
  void nothingIsLeftRunning() throws IOException {
    assertThat(LiveGroups.liveGroupIds()).isEmpty();
    assertThat(TestProcesses.processesWithArgument(marker)).as("processes left behind").isEmpty();
  }

  /** The smoke lab's Python server, which refuses to start until it has been prepared. */
  private Candidate candidate(int port, List<String> prepare) {
    return new Candidate(
        "py",
        "flask",
        List.of(
            "sh",
            "-c",
            "test -f prepared || exit 7; exec python3 \"$0\" \"$1\"",
            LabRunnerTests.SERVER.toString(),
            marker),
        dir,
        Map.of("PORT", Integer.toString(port), "DELAY_MS", "0"),
        "127.0.0.1",
        port,
        URI.create("http://127.0.0.1:" + port + "/health"),
        "TERM",
        Duration.ofSeconds(20),
        Duration.ofSeconds(2),
        prepare,
        Duration.ofSeconds(30),
        List.of("sh", "-c", "echo Python 3; echo http.server"));
  }

  private LabResult run(Candidate candidate) {
    LabFile lab =
        new LabFile(
            dir.resolve("lab.yaml"),
            "prepared",
            List.of(candidate),
            List.of(new ScenarioRequest("GET", "/hello", Map.of(), "", Set.of(200), "hello", 1)),
            new Targets(20, 1000, "lab file"),
            new LoadSteps(Duration.ZERO, Duration.ofMillis(500), 1, 1, Duration.ofSeconds(1), 0.01),
            1,
            null,
            3,
            1);
    return new LabRunner(Clock.systemUTC(), dir.resolve("logs"), progress::add).run(lab);
  }

  @Test
  void aSlowPreparationIsTimedApartAndStartUpIsTheMedianOfThreeStarts() {
    int port = TestProcesses.freePort();
    Candidate slowToPrepare =
        candidate(port, List.of("sh", "-c", "sleep " + PREPARE_SECONDS + " && touch prepared"));

    CandidateResult c = run(slowToPrepare).candidates().get(0);

    assertThat(c.representative().failure()).as(String.join("\n", progress)).isNull();
    assertThat(c.preparation().seconds()).isGreaterThanOrEqualTo(PREPARE_SECONDS);
    assertThat(c.preparation().exitCode()).isZero();
    assertThat(c.preparation().log()).exists();
    assertThat(c.startupSamplesMs()).hasSize(3);
    assertThat(c.startupSamplesMs()).allMatch(ms -> ms < PREPARE_SECONDS * 1000);
    assertThat(c.startupMs()).isEqualTo(Spread.of(c.startupSamplesMs()).median());
    assertThat(c.preparation().versions()).isEqualTo("Python 3; http.server");
    assertThat(progress).anyMatch(l -> l.startsWith("[py] prepared in "));
    assertThat(progress).anyMatch(l -> l.startsWith("[py] start-up 2 of 3: healthy after"));
  }

  @Test
  void aFailedPreparationMeansTheCandidateIsNeverStarted() {
    int port = TestProcesses.freePort();
    Candidate broken =
        candidate(port, List.of("sh", "-c", "echo cannot fetch dependencies; exit 3"));

    LabResult result = run(broken);

    CandidateResult c = result.candidates().get(0);
    assertThat(c.preparation().failure())
        .startsWith("preparation failed with exit code 3")
        .contains("cannot fetch dependencies");
    assertThat(c.verdict()).startsWith("did not start: preparation failed with exit code 3");
    assertThat(c.startupSamplesMs()).isEmpty();
    assertThat(Files.exists(dir.resolve("logs/py-1.log"))).as("never started").isFalse();
    assertThat(result.allMeasured()).isFalse();
  }
}
