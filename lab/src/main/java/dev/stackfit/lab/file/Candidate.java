package dev.stackfit.lab.file;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One proof of concept to start, load and stop.
 *
 * @param name short label used in progress, logs and the report
 * @param framework catalog id the PoC stands for, which carries the evidence into recommend
 * @param command argv to start it; run through setsid so it gets its own process group
 * @param workingDirectory absolute directory to start it in
 * @param environment extra environment variables, added to the lab's own
 * @param host host the load and the port check go to (loopback unless allowed)
 * @param port TCP port it listens on; must be free before start and free again after stop
 * @param health URL polled until it answers 2xx or 3xx
 * @param stopSignal signal name sent to the group first, such as TERM or INT
 * @param startupTimeout how long to wait for the first healthy answer
 * @param stopGrace how long to wait after the stop signal before SIGKILL
 */
public record Candidate(
    String name,
    String framework,
    List<String> command,
    Path workingDirectory,
    Map<String, String> environment,
    String host,
    int port,
    URI health,
    String stopSignal,
    Duration startupTimeout,
    Duration stopGrace) {

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(stopSignal, "stopSignal");
    command = List.copyOf(command);
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    if (command.isEmpty()) {
      throw new IllegalArgumentException("candidate " + name + " needs a start command");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
    if (startupTimeout.isNegative() || startupTimeout.isZero() || stopGrace.isNegative()) {
      throw new IllegalArgumentException("startup timeout must be > 0 and stop grace >= 0");
    }
  }

  /** The base URL load is sent to, such as {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }
}
