package dev.stackfit.lab.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.profile.Traffic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabFileReaderTests {
  @TempDir Path dir;

  private final LabFileReader reader = new LabFileReader(p -> new Traffic(300, 1200, 80));

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("lab.yaml"), yaml);
  }

  private static final String VALID =
      """
      stackfit: 1
      name: Orders
      targets: { rps: 200, p99Ms: 50 }
      load: { warmup: 1s, stepDuration: 500ms, steps: 4, upTo: 3, timeout: 2s }
      repetitions: 2
      scenario:
        - { path: /hello, weight: 3, expectStatus: 200, bodyContains: hello }
        - { method: POST, path: /echo, headers: { Content-Type: application/json }, body: '{}',
            expectStatus: [200, 201] }
      candidates:
        - name: a
          framework: express
          command: [node, server.js, 8080]
          environment: { PORT: 8080 }
          port: 8080
          health: http://127.0.0.1:8080/health
          stopSignal: SIGINT
          startupTimeout: 5s
      """;

  @Test
  void readsEveryFieldOfAValidLabFile() throws IOException {
    LabFile lab = reader.read(write(VALID));

    assertThat(lab.name()).isEqualTo("Orders");
    assertThat(lab.targets()).isEqualTo(new Targets(200, 50, "lab file"));
    assertThat(lab.load().stepDuration()).isEqualTo(Duration.ofMillis(500));
    assertThat(lab.repetitions()).isEqualTo(2);
    assertThat(lab.scenario()).hasSize(2);
    assertThat(lab.scenario().get(0).method()).isEqualTo("GET");
    assertThat(lab.scenario().get(1).expectStatus()).containsExactlyInAnyOrder(200, 201);
    Candidate a = lab.candidates().get(0);
    assertThat(a.command()).containsExactly("node", "server.js", "8080");
    assertThat(a.environment()).containsEntry("PORT", "8080");
    assertThat(a.workingDirectory()).isEqualTo(dir.toAbsolutePath());
    assertThat(a.stopSignal()).isEqualTo("INT");
    assertThat(a.startupTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(a.baseUrl()).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void durationsReadAsOnTheCommandLine() throws IOException {
    LabFile lab =
        reader.read(
            write(
                VALID
                    .replace("stepDuration: 500ms", "stepDuration: '1.5'")
                    .replace("startupTimeout: 5s", "startupTimeout: 1h")));

    assertThat(lab.load().stepDuration()).isEqualTo(Duration.ofMillis(1500));
    assertThat(lab.candidates().get(0).startupTimeout()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void reportsEveryProblemAtOnceWithItsLine() throws IOException {
    Path file =
        write(
            """
            stackfit: 1
            name: Broken
            targets: { rps: -5, p99Ms: 50 }
            load: { stepDuration: soon }
            scenario:
              - { path: hello, method: get }
            candidates:
              - name: a
                framework: Express
                command: []
                port: 70000
                health: http://example.com/
                colour: blue
            """);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              List<String> found =
                  e.problems().stream().map(p -> p.line() + " " + p.path()).toList();
              assertThat(found)
                  .contains(
                      "3 targets.rps",
                      "4 load.stepDuration",
                      "6 scenario[0].method",
                      "6 scenario[0].path",
                      "9 candidates[0].framework",
                      "10 candidates[0].command",
                      "11 candidates[0].port",
                      "13 candidates[0].colour");
              assertThat(e.problems()).allMatch(p -> p.source().equals(file.toString()));
            });
  }

  @Test
  void refusesAHealthUrlThatIsNotLoopbackUnlessAllowed() throws IOException {
    String remote = VALID.replace("http://127.0.0.1:8080/health", "http://192.0.2.7:8080/health");
    assertThatThrownBy(() -> reader.read(write(remote)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .anyMatch(m -> m.contains("not loopback") && m.contains("allowRemote")));

    LabFile allowed = reader.read(write("allowRemote: 192.0.2.7\n" + remote));
    assertThat(allowed.allowRemote()).isEqualTo("192.0.2.7");
  }

  @Test
  void takesTargetsFromAProfileRelativeToTheLabFile() throws IOException {
    Path[] asked = new Path[1];
    LabFileReader profiles =
        new LabFileReader(
            p -> {
              asked[0] = p;
              return new Traffic(300, 1200, 80);
            });
    LabFile lab =
        profiles.read(
            write(VALID.replace("{ rps: 200, p99Ms: 50 }", "{ profile: profiles/team.yaml }")));

    assertThat(asked[0]).isEqualTo(dir.toAbsolutePath().resolve("profiles/team.yaml"));
    assertThat(lab.targets()).isEqualTo(new Targets(1200, 80, "profile team.yaml"));
  }

  @Test
  void passesOnTheProblemsOfAnInvalidProfile() throws IOException {
    LabFileReader broken =
        new LabFileReader(
            p -> {
              throw new InvalidInputException(
                  new Problem("team.yaml", 4, 3, "name", "is required"));
            });
    Path file = write(VALID.replace("{ rps: 200, p99Ms: 50 }", "{ profile: team.yaml }"));

    assertThatThrownBy(() -> broken.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .contains("team.yaml:4:3: name: is required")
                    .anyMatch(s -> s.contains(":3:") && s.contains("targets.profile")));
  }

  @Test
  void staircaseClimbsToTheMultipleAndAlwaysIncludesTheTarget() {
    LoadSteps steps =
        new LoadSteps(Duration.ZERO, Duration.ofSeconds(1), 4, 3, Duration.ofSeconds(1), 0.01);

    assertThat(steps.ratesPerSec(200)).containsExactly(150.0, 200.0, 300.0, 450.0, 600.0);
    assertThat(steps.ratesPerSec(100).get(steps.ratesPerSec(100).size() - 1)).isEqualTo(300.0);
    LoadSteps even =
        new LoadSteps(Duration.ZERO, Duration.ofSeconds(1), 2, 2, Duration.ofSeconds(1), 0.01);
    assertThat(even.ratesPerSec(100)).containsExactly(100.0, 200.0);
  }

  @Test
  void readsPreparationVersionsStartupsAndTheRepetitionLimit() throws IOException {
    LabFile lab =
        reader.read(
            write(
                VALID.replace("repetitions: 2", "repetitions: 2\nmaxRepetitions: 5\nstartups: 4")
                    + """
                        prepare: [npm, ci]
                        prepareTimeout: 5m
                        versions: [node, --version]
                    """));

    Candidate a = lab.candidates().get(0);
    assertThat(a.prepare()).containsExactly("npm", "ci");
    assertThat(a.prepareTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(a.versions()).containsExactly("node", "--version");
    assertThat(lab.startups()).isEqualTo(4);
    assertThat(lab.maxRepetitions()).isEqualTo(5);
  }

  @Test
  void withoutThemNothingIsPreparedStartUpIsTakenThreeTimesAndTwoExtraRepetitionsMayRun()
      throws IOException {
    LabFile lab = reader.read(write(VALID));

    assertThat(lab.candidates().get(0).hasPreparation()).isFalse();
    assertThat(lab.candidates().get(0).prepareTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(lab.startups()).isEqualTo(3);
    assertThat(lab.maxRepetitions()).isEqualTo(4);
    assertThat(
            reader.read(write(VALID.replace("repetitions: 2", "repetitions: 1"))).maxRepetitions())
        .as("one repetition has nothing to disagree with")
        .isEqualTo(1);
  }

  @Test
  void reportsBadPreparationFieldsWithTheirLines() throws IOException {
    Path file =
        write(
            VALID.replace("repetitions: 2", "repetitions: 3\nmaxRepetitions: 2\nstartups: 0")
                + """
                    prepare: []
                    prepareTimeout: 2h
                    versions: node
                """);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.line() + " " + p.path() + ": " + p.message())
                    .contains(
                        "6 maxRepetitions: 2 is below repetitions (3); give at least as many, or"
                            + " leave it out",
                        "7 startups: 0 is out of range 1..20",
                        "21 candidates[0].prepare: give the prepare command as a non-empty argv"
                            + " list",
                        "22 candidates[0].prepareTimeout: 2h is out of range 1s..3600s")
                    .anyMatch(m -> m.startsWith("23 candidates[0].versions:")));
  }
}
