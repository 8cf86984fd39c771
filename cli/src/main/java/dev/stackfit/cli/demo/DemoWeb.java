package dev.stackfit.cli.demo;

import dev.stackfit.cli.DatabaseOptions;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.serve.ServeCommand;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web part of the demo: saves the evaluated examples in an embedded database and serves them.
 */
final class DemoWeb {
  private DemoWeb() {}

  static int serve(
      List<DemoCommand.DemoRun> runs, Catalog catalog, int port, Path data, PrintWriter out)
      throws InterruptedException {
    Database database = Databases.openSqlite(data);
    String adminCommand = "stackfit user add --admin NAME" + DatabaseOptions.arguments(null, data);
    ServeCommand.Running running;
    try {
      running = ServeCommand.start(catalog, database, port, "127.0.0.1", adminCommand);
    } catch (BadInputException busy) {
      if (port == 0) {
        throw busy;
      }
      out.printf("Port %d is taken; using a free port instead.%n", port);
      running =
          ServeCommand.start(catalog, Databases.openSqlite(data), 0, "127.0.0.1", adminCommand);
    }
    String base = running.app().url();
    out.printf(
        "%nThe web app is running on its embedded SQLite database (%s).%n", database.description());
    out.printf(
        "Open %s to see the examples, fill in the questionnaire for your own team, browse and compare the catalog.%n",
        base);
    // Running the demo again the same day reuses the examples saved then instead of piling up
    // copies; another day evaluates them afresh against the catalog of that day.
    ServeCommand.Running app = running;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, String> saved = new HashMap<>();
    for (var summary : app.database().evaluations().list(1_000, 0)) {
      if (LocalDate.ofInstant(summary.createdAt(), ZoneOffset.UTC).equals(today)) {
        saved.putIfAbsent(summary.profileName(), "/evaluations/" + summary.id());
      }
    }
    for (DemoCommand.DemoRun run : runs) {
      String name = run.evaluation().profile().name();
      String path =
          saved.computeIfAbsent(name, n -> app.app().evaluateAndSave(run.evaluation().profile()));
      out.printf("  %-55s %s%s%n", name, base, path.substring(1));
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    running.awaitShutdown();
    return ExitCodes.OK;
  }
}
