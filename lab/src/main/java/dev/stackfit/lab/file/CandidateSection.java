package dev.stackfit.lab.file;

import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import dev.stackfit.lab.load.TargetGuard;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code candidates} and {@code scenario} lists of a lab file. */
final class CandidateSection {
  static final Set<String> SIGNALS = Set.of("TERM", "INT", "QUIT", "HUP", "USR1", "USR2", "KILL");
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
  private static final String FRAMEWORK_ID = "[a-z0-9][a-z0-9-]{0,39}";

  private final Path base;
  private final String allowRemote;
  private final Set<String> names = new HashSet<>();
  private final Set<Integer> ports = new HashSet<>();

  CandidateSection(Path base, String allowRemote) {
    this.base = base;
    this.allowRemote = allowRemote;
  }

  List<Candidate> candidates(MappingReader root) {
    Optional<List<ValueReader>> items = root.required("candidates").flatMap(ValueReader::asItems);
    if (items.isPresent() && (items.get().isEmpty() || items.get().size() > 10)) {
      root.optional("candidates").ifPresent(v -> v.report("list 1 to 10 candidates"));
    }
    return items.orElse(List.of()).stream()
        .flatMap(v -> v.asMapping().flatMap(this::candidate).stream())
        .toList();
  }

  private Optional<Candidate> candidate(MappingReader c) {
    String name = pattern(c, "name", NAME, "a short name of letters, digits, '.', '_' or '-'");
    String framework = pattern(c, "framework", FRAMEWORK_ID, "a catalog id such as spring-boot");
    List<String> command =
        c.required("command").flatMap(v -> v.asList(ValueReader::asString)).orElse(List.of());
    if (c.has("command") && command.isEmpty()) {
      c.optional("command").ifPresent(v -> v.report("give the command as a non-empty argv list"));
    }
    Path dir = workingDirectory(c);
    Map<String, String> env = environment(c);
    String host = c.string("host", "127.0.0.1");
    Optional<Integer> port = c.required("port").flatMap(v -> v.asInt(1, 65535));
    port.filter(p -> !ports.add(p))
        .ifPresent(p -> c.optional("port").orElseThrow().report("port " + p + " is used twice"));
    c.expect("health");
    URI health = port.map(p -> health(c, host, p)).orElse(null);
    String signal =
        c.string("stopSignal", "TERM").toUpperCase(java.util.Locale.ROOT).replaceFirst("^SIG", "");
    if (!SIGNALS.contains(signal)) {
      c.optional("stopSignal")
          .ifPresent(v -> v.report("expected one of " + String.join(", ", SIGNALS)));
    }
    Duration startup =
        Durations.read(c, "startupTimeout", Duration.ofSeconds(30), Duration.ofMillis(100));
    Duration grace = Durations.read(c, "stopGrace", Duration.ofSeconds(5), Duration.ZERO);
    List<String> prepare = argv(c, "prepare");
    Duration prepareTimeout =
        Durations.read(
            c, "prepareTimeout", Candidate.DEFAULT_PREPARE_TIMEOUT, Duration.ofSeconds(1));
    if (prepare != null && prepare.isEmpty() && c.has("prepareTimeout")) {
      c.optional("prepareTimeout")
          .ifPresent(v -> v.report("prepareTimeout needs a prepare command beside it"));
    }
    List<String> versions = argv(c, "versions");
    c.rejectUnknownKeys();
    if (name == null
        || framework == null
        || command.isEmpty()
        || dir == null
        || port.isEmpty()
        || health == null
        || !SIGNALS.contains(signal)
        || startup == null
        || grace == null
        || prepare == null
        || prepareTimeout == null
        || versions == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Candidate(
            name,
            framework,
            command,
            dir,
            env,
            host,
            port.get(),
            health,
            signal,
            startup,
            grace,
            prepare,
            prepareTimeout,
            versions));
  }

  /** An optional argv list: empty when absent, null after a problem (reported). */
  private static List<String> argv(MappingReader c, String key) {
    Optional<ValueReader> value = c.optional(key);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> list = value.get().asList(ValueReader::asString).orElse(null);
    if (list != null && list.isEmpty()) {
      value.get().report("give the " + key + " command as a non-empty argv list");
      return null;
    }
    return list;
  }

  private String pattern(MappingReader c, String key, String regex, String expected) {
    Optional<ValueReader> value = c.required(key);
    String text = value.flatMap(ValueReader::asString).orElse(null);
    if (text != null && !text.matches(regex)) {
      value.get().report("\"" + text + "\" is not " + expected);
      return null;
    }
    if (text != null && key.equals("name") && !names.add(text)) {
      value.get().report("candidate name \"" + text + "\" is used twice");
      return null;
    }
    return text;
  }

  private Path workingDirectory(MappingReader c) {
    Optional<ValueReader> value = c.optional("workingDirectory");
    Path dir = base.resolve(value.flatMap(ValueReader::asString).orElse(".")).normalize();
    if (!Files.isDirectory(dir)) {
      String message = "no such directory: " + dir;
      value.ifPresentOrElse(
          v -> v.report(message), () -> c.problems().add(c.node(), c.path(), message));
      return null;
    }
    return dir;
  }

  private URI health(MappingReader c, String host, int port) {
    Optional<ValueReader> value = c.optional("health");
    String text =
        value
            .flatMap(ValueReader::asString)
            .orElse("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      report(c, value, "\"" + text + "\" is not a URL: " + e.getReason());
      return null;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      report(c, value, "\"" + text + "\" must be an http:// URL with a host");
      return null;
    }
    if (uri.getPort() > 65_535) {
      report(c, value, "\"" + text + "\": port " + uri.getPort() + " is not 1 to 65535");
      return null;
    }
    Optional<String> refusal =
        TargetGuard.refusal(uri, allowRemote)
            .or(
                () ->
                    TargetGuard.refusal(URI.create("http://" + hostPart(host) + "/"), allowRemote));
    if (refusal.isPresent()) {
      report(c, value, refusal.get().replace("pass --allow-remote", "set allowRemote:"));
      return null;
    }
    return uri;
  }

  private static String hostPart(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static void report(MappingReader c, Optional<ValueReader> at, String message) {
    at.ifPresentOrElse(
        v -> v.report(message),
        () ->
            c.optional("host")
                .ifPresentOrElse(
                    h -> h.report(message), () -> c.problems().add(c.node(), c.path(), message)));
  }

  List<ScenarioRequest> scenario(MappingReader root) {
    Optional<List<ValueReader>> items = root.required("scenario").flatMap(ValueReader::asItems);
    if (items.isPresent() && items.get().isEmpty()) {
      root.optional("scenario").ifPresent(v -> v.report("list at least one request"));
    }
    return items.orElse(List.of()).stream()
        .flatMap(v -> v.asMapping().flatMap(CandidateSection::request).stream())
        .toList();
  }

  private static Optional<ScenarioRequest> request(MappingReader r) {
    String method = r.string("method", "GET");
    if (!method.matches("[A-Z]+")) {
      r.optional("method")
          .ifPresent(v -> v.report("\"" + method + "\" is not an upper-case method such as GET"));
    }
    Optional<ValueReader> pathValue = r.required("path");
    String path = pathValue.flatMap(ValueReader::asString).orElse(null);
    if (path != null && !path.startsWith("/")) {
      pathValue.get().report("\"" + path + "\" must start with /");
    }
    Map<String, String> headers = stringMap(r, "headers");
    String body = r.string("body", "");
    Set<Integer> statuses = statuses(r);
    String bodyContains = r.string("bodyContains", null);
    int weight = r.integer("weight", 1, 1000, 1);
    r.rejectUnknownKeys();
    if (!method.matches("[A-Z]+") || path == null || !path.startsWith("/") || statuses == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ScenarioRequest(method, path, headers, body, statuses, bodyContains, weight));
  }

  private static Set<Integer> statuses(MappingReader r) {
    Optional<ValueReader> value = r.optional("expectStatus");
    if (value.isEmpty()) {
      return Set.of();
    }
    if (value.get().node() instanceof dev.stackfit.formats.document.SequenceNode) {
      List<Integer> list = value.get().asList(v -> v.asInt(100, 599)).orElse(null);
      return list == null ? null : new LinkedHashSet<>(list);
    }
    return value.get().asInt(100, 599).map(Set::of).orElse(null);
  }

  /** Environment variables: names as a shell would take them, string values. */
  private static Map<String, String> environment(MappingReader c) {
    Map<String, String> result = new LinkedHashMap<>();
    c.mapping("environment")
        .ifPresent(
            map ->
                map.entries()
                    .forEach(
                        e -> {
                          if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                            e.getValue()
                                .report(
                                    "\""
                                        + e.getKey()
                                        + "\" is not a variable name (letters, digits and _, not"
                                        + " starting with a digit)");
                            return;
                          }
                          e.getValue().asString().ifPresent(v -> result.put(e.getKey(), v));
                        }));
    return result;
  }

  private static Map<String, String> stringMap(MappingReader m, String key) {
    Map<String, String> result = new LinkedHashMap<>();
    m.mapping(key)
        .ifPresent(
            map ->
                map.entries()
                    .forEach(
                        e -> e.getValue().asString().ifPresent(v -> result.put(e.getKey(), v))));
    return result;
  }
}
