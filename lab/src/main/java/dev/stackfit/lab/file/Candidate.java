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
 * @param prepare argv that installs or builds what the start command needs (npm ci, a jar, a
 *     database); run once before any start and timed apart from start-up; empty for none
 * @param prepareTimeout how long preparation may take before it is stopped and the candidate fails
 * @param versions argv whose standard output names the stack's versions for the record; empty for
 *     none
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
    Duration stopGrace,
    List<String> prepare,
    Duration prepareTimeout,
    List<String> versions) {

  /** Preparation may take this long unless the lab file says otherwise. */
  public static final Duration DEFAULT_PREPARE_TIMEOUT = Duration.ofMinutes(10);

  public Candidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(stopSignal, "stopSignal");
    Objects.requireNonNull(prepareTimeout, "prepareTimeout");
    command = List.copyOf(command);
    prepare = List.copyOf(prepare);
    versions = List.copyOf(versions);
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
    if (prepareTimeout.isNegative() || prepareTimeout.isZero()) {
      throw new IllegalArgumentException("prepare timeout must be > 0, got " + prepareTimeout);
    }
  }

  /** A candidate with nothing to prepare and no versions command. */
  public Candidate(
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
    this(
        name,
        framework,
        command,
        workingDirectory,
        environment,
        host,
        port,
        health,
        stopSignal,
        startupTimeout,
        stopGrace,
        List.of(),
        DEFAULT_PREPARE_TIMEOUT,
        List.of());
  }

  /** Whether a preparation command is configured. */
  public boolean hasPreparation() {
    return !prepare.isEmpty();
  }

  /** The base URL load is sent to, such as {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }
}
