package dev.stackfit.lab.run;

import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LoadSteps;
import dev.stackfit.lab.file.ScenarioRequest;
import dev.stackfit.lab.file.Targets;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lab run in a JVM of its own, for the test that interrupts it like Ctrl-C: one candidate under a
 * long step. Arguments: port, marker argument, working directory.
 */
final class InterruptedLab {
  private InterruptedLab() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Path dir = Path.of(args[2]);
    Candidate candidate =
        new Candidate(
            "py",
            "flask",
            List.of(
                "sh",
                "-c",
                "python3 \"$0\" \"$1\" & wait",
                LabRunnerTests.SERVER.toString(),
                args[1]),
            dir,
            Map.of("PORT", args[0], "DELAY_MS", "0"),
            "127.0.0.1",
            port,
            URI.create("http://127.0.0.1:" + port + "/health"),
            "TERM",
            Duration.ofSeconds(10),
            Duration.ofSeconds(2));
    LabFile lab =
        new LabFile(
            dir.resolve("lab.yaml"),
            "interrupted",
            List.of(candidate),
            List.of(new ScenarioRequest("GET", "/hello", Map.of(), "", Set.of(), null, 1)),
            new Targets(20, 1000, "lab file"),
            new LoadSteps(Duration.ZERO, Duration.ofSeconds(60), 1, 1, Duration.ofSeconds(1), 0.01),
            1,
            null);
    new LabRunner(Clock.systemUTC(), dir.resolve("logs"), System.out::println).run(lab);
  }
}
