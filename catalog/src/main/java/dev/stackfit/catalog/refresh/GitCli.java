package dev.stackfit.catalog.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code git} command line. Shelling out keeps git's own rules (.mailmap, packed refs,
 * annotated tags) without a library that re-implements them; every failure becomes a one-line
 * {@link SourceUnavailableException} naming the command.
 */
final class GitCli {
  private final Duration timeout;

  GitCli(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Runs {@code git options... verb args...} in {@code directory} and returns its standard output.
   */
  String run(Path directory, List<String> options, String verb, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(options);
    command.add(verb);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    // A clone must never stop to ask for a password on a terminal nobody watches.
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new SourceUnavailableException(
          RefreshSource.GIT, "cannot run git (is it installed and on PATH?): " + e.getMessage());
    }
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failure(verb, "no answer within " + timeout.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw failure(verb, firstLine(err.join()));
      }
      return out.join();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw failure(verb, "interrupted");
    }
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static SourceUnavailableException failure(String verb, String why) {
    return new SourceUnavailableException(RefreshSource.GIT, "git " + verb + " failed: " + why);
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("(no message)");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
