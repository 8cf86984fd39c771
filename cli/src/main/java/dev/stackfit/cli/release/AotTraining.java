package dev.stackfit.cli.release;

import com.sun.net.httpserver.HttpServer;
import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.Main;
import dev.stackfit.cli.Today;
import dev.stackfit.cli.serve.ServeCommand;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.store.Databases;
import dev.stackfit.web.WebConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training runs of the ahead-of-time caches (bin/train-aot.sh runs them with {@code
 * -XX:AOTCacheOutput}): the commands people run, in one JVM, so that the classes they load and the
 * methods they use are in the cache. Output is discarded; a command that fails stops the build.
 *
 * <p>Four caches, because the JVM loads every class of a cache when it starts: {@code recommend}
 * for the most common command alone (a cache of only its classes starts it about a fifth faster
 * than the {@code short} one, docs/benchmarks.md), {@code short} for the other commands that answer
 * and exit (catalog, decide, reassess), {@code long} for the web app, {@code load} for the load
 * generator (load, lab), which would only slow the others down.
 *
 * <p>Not a user command: it writes into a temporary directory and, for {@code long}, serves the web
 * app on a free loopback port for a few seconds; for {@code load} it loads a small JDK HTTP server
 * on a free loopback port in both models.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !List.of("short", "recommend", "long", "load").contains(args[0])) {
      System.err.println("usage: AotTraining short|recommend|long|load");
      System.exit(2);
    }
    String kind = args[0];
    Path home = Path.of(System.getProperty("stackfit.home", "."));
    Path work = Files.createTempDirectory("stackfit-aot-training");
    PrintStream realOut = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      List<String> failures = new ArrayList<>();
      switch (kind) {
        case "short", "recommend" -> {
          for (List<String> command : commands(home, work)) {
            if (kind.equals("recommend") && !command.get(0).equals("recommend")) {
              continue;
            }
            int exit = Main.run(command.toArray(String[]::new));
            if (exit != 0) {
              failures.add(String.join(" ", command) + " exited " + exit);
            }
          }
        }
        case "long" -> failures.addAll(web(home, work));
        default -> failures.addAll(load(work));
      }
      if (!failures.isEmpty()) {
        failures.forEach(f -> System.err.println("training: " + f));
        System.exit(1);
      }
    } finally {
      System.setOut(realOut);
      deleteTree(work);
    }
  }

  private static List<List<String>> commands(Path home, Path work) throws IOException {
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--version"));
    commands.add(List.of("--help"));
    commands.add(List.of("recommend", "--help"));
    commands.add(List.of("catalog", "list"));
    commands.add(List.of("catalog", "list", "--format", "json"));
    commands.add(List.of("catalog", "show", "django"));
    commands.add(List.of("catalog", "show", "spring-boot", "--format", "json"));
    commands.add(List.of("catalog", "compare", "express", "django", "spring-boot"));
    commands.add(List.of("catalog", "validate"));
    List<Path> profiles = profiles(home.resolve("examples/profiles"));
    String[] formats = {"text", "json", "markdown", "html"};
    for (int i = 0; i < profiles.size(); i++) {
      commands.add(
          List.of(
              "recommend",
              profiles.get(i).toString(),
              "--format",
              formats[i % formats.length],
              "--out",
              work.resolve("report-" + i).toString()));
    }
    if (!profiles.isEmpty()) {
      Path decisions = work.resolve("decisions");
      commands.add(
          List.of(
              "decide",
              profiles.get(0).toString(),
              "--choose",
              firstRanked(profiles.get(0)),
              "--rationale",
              "training run",
              "--id",
              "0001-training",
              "--out-dir",
              decisions.toString()));
      commands.add(List.of("reassess", decisions.resolve("0001-training.json").toString()));
    }
    return commands;
  }

  /** The engine's first choice for {@code profile}, so that the training decision is valid. */
  private static String firstRanked(Path profile) {
    Catalog catalog = catalog();
    Profile parsed = ProfileReader.forCatalog(catalog).read(profile);
    return Evaluator.evaluate(parsed, catalog, EvaluationOptions.defaults(Today.local()))
        .ranking()
        .get(0)
        .framework()
        .id();
  }

  private static Catalog catalog() {
    Path checkout = CatalogOption.checkoutCatalog();
    return checkout != null ? CatalogOption.load(checkout) : new CatalogLoader().loadBundled();
  }

  /** Serves the web app briefly and requests the pages and API calls a first visit makes. */
  private static List<String> web(Path home, Path work) throws Exception {
    List<String> failures = new ArrayList<>();
    ServeCommand.Running running =
        ServeCommand.start(
            catalog(),
            Databases.openSqlite(work.resolve("data")),
            0,
            "127.0.0.1",
            WebConfig.DEFAULT_ADMIN_COMMAND);
    try {
      String base = running.app().url();
      HttpClient client = HttpClient.newHttpClient();
      for (String path :
          List.of("", "questionnaire", "catalog", "catalog/django", "evaluations", "health")) {
        check(client, HttpRequest.newBuilder(URI.create(base + path)).build(), failures);
      }
      List<Path> profiles = profiles(home.resolve("examples/profiles"));
      for (Path profile : profiles) {
        check(
            client,
            HttpRequest.newBuilder(URI.create(base + "api/v1/evaluations"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofFile(profile))
                .build(),
            failures);
      }
    } finally {
      running.app().stop();
      running.database().close();
    }
    return failures;
  }

  /**
   * Runs the load generator in both models against a small server in this JVM, long enough for the
   * hot path of sending and reading to be linked and profiled.
   */
  private static List<String> load(Path work) throws IOException {
    byte[] body = "hello from the training server\n".getBytes(StandardCharsets.US_ASCII);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(null);
    server.start();
    List<String> failures = new ArrayList<>();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hello";
      List<List<String>> runs =
          List.of(
              List.of("load", url, "--mode", "closed", "-c", "16", "--duration", "3s"),
              List.of(
                  "load",
                  url,
                  "--rate",
                  "2000",
                  "--duration",
                  "2s",
                  "--json",
                  work.resolve("load.json").toString()));
      for (List<String> run : runs) {
        int exit = Main.run(run.toArray(String[]::new));
        if (exit != 0) {
          failures.add(String.join(" ", run) + " exited " + exit);
        }
      }
    } finally {
      server.stop(0);
    }
    return failures;
  }

  private static void check(HttpClient client, HttpRequest request, List<String> failures)
      throws IOException, InterruptedException {
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() >= 400) {
      failures.add(request.method() + " " + request.uri() + " answered " + response.statusCode());
    }
  }

  private static List<Path> profiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
