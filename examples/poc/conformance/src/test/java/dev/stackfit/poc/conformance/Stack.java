package dev.stackfit.poc.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The four reference proofs of concept, each with the runtime it needs to start. */
enum Stack {
  EXPRESS(
      "express",
      List.of(List.of("node", "--version"), List.of("npm", "--version")),
      "node 20+ and npm (Debian: nodejs npm)"),
  DJANGO(
      "django",
      List.of(List.of("/usr/bin/python3", "-c", "import django, gunicorn")),
      "Debian packages python3-django gunicorn"),
  // Needs only a JDK 21+, and the JVM running this test is one.
  SPRING_BOOT("spring-boot", List.of(), "a JDK 21+"),
  FASTAPI(
      "fastapi",
      List.of(List.of("/usr/bin/python3", "-c", "import fastapi, uvicorn, jinja2")),
      "Debian packages python3-fastapi python3-uvicorn python3-jinja2");

  private final String folder;
  private final List<List<String>> probes;
  private final String needs;

  Stack(String folder, List<List<String>> probes, String needs) {
    this.folder = folder;
    this.probes = probes;
    this.needs = needs;
  }

  /** The folder under examples/poc/ that holds the implementation and its run.sh. */
  String folder() {
    return folder;
  }

  /** Why this stack cannot start here, or empty when its runtime is present. */
  Optional<String> missingRuntime() {
    if (probes.stream().allMatch(Stack::succeeds)) {
      return Optional.empty();
    }
    return Optional.of(folder + " skipped: its runtime is missing; it needs " + needs);
  }

  private static boolean succeeds(List<String> command) {
    try {
      Path sink = Files.createTempFile("poc-probe", ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(sink.toFile())
              .start();
      boolean done = process.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(sink);
      return done && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
