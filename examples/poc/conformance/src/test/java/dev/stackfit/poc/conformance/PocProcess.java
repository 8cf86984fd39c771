package dev.stackfit.poc.conformance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** One proof of concept started with its run.sh on a free loopback port; closing stops it all. */
final class PocProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final URI base;
  private List<ProcessHandle> stopped = List.of();

  private PocProcess(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts the stack's run.sh with a fresh database file in workDir. */
  static PocProcess start(Path pocDir, Stack stack, Path workDir) throws IOException {
    int port = freePort();
    Path log = workDir.resolve(stack.folder() + ".log");
    var builder =
        new ProcessBuilder(
                "bash", pocDir.resolve(stack.folder()).resolve("run.sh").toString(), "" + port)
            .directory(pocDir.resolve(stack.folder()).toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("POC_DB", workDir.resolve(stack.folder() + ".db").toString());
    env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    env.remove("MAVEN_PROJECTBASEDIR");
    return new PocProcess(builder.start(), log, URI.create("http://127.0.0.1:" + port));
  }

  URI base() {
    return base;
  }

  /**
   * Polls GET /health until it answers 200; fails with the log's tail if the process dies first.
   */
  void awaitHealthy(HttpClient client, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    var health =
        HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("exited with " + process.exitValue() + "\n" + logTail());
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // The server is still starting (or still being built): try again shortly.
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no healthy answer within " + timeout + "\n" + logTail());
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the servers' worker processes and the server itself, forcibly if they linger. */
  @Override
  public void close() throws InterruptedException {
    stopped = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    stopped.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (ProcessHandle handle : stopped) {
      long left = Math.max(0, deadline - System.nanoTime());
      try {
        handle.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        handle.destroyForcibly();
        handle.onExit().completeOnTimeout(handle, 5, TimeUnit.SECONDS).join();
      }
    }
  }

  /** Processes of this stack still alive after {@link #close()}; empty when it stopped cleanly. */
  List<ProcessHandle> survivors() {
    return stopped.stream().filter(ProcessHandle::isAlive).toList();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
