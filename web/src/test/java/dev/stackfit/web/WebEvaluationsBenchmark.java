package dev.stackfit.web;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The server side of bench/web-evaluations.sh: the web app on the shipped catalog over SQLite or an
 * embedded PostgreSQL, with the team store as {@code stackfit serve} has it, on a free loopback
 * port written to a file. Runs until its stdin closes. Not a test: surefire excludes {@code
 * *Benchmark}.
 */
final class WebEvaluationsBenchmark {
  private WebEvaluationsBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 3 || !args[0].matches("sqlite|postgres")) {
      System.err.println("usage: WebEvaluationsBenchmark sqlite|postgres WORKDIR [SAMPLES]");
      System.exit(2);
    }
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    EmbeddedPostgres postgres = null;
    Database database;
    if (args[0].equals("postgres")) {
      postgres = EmbeddedPostgres.builder().start();
      database =
          Databases.openPostgres(
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres");
    } else {
      database = Databases.openSqlite(work.resolve("sqlite"));
    }
    Catalog catalog = new CatalogLoader().loadBundled();
    ProfileReader reader =
        new ProfileReader(
            catalog.frameworks().stream().map(Framework::id).collect(Collectors.toSet()));
    int samples = args.length == 3 ? Integer.parseInt(args[2]) : 10_000;
    WebApp app =
        WebApp.start(
            new WebConfig(
                "127.0.0.1",
                0,
                catalog,
                database.evaluations(),
                Clock.systemUTC(),
                reader,
                WebConfig.DEFAULT_MAX_BODY_BYTES,
                samples,
                WebConfig.DEFAULT_ADMIN_COMMAND),
            // As `stackfit serve` starts it: with the team store, so every request passes the
            // sign-in guard (no accounts here: the single-user mode).
            Optional.of(JdbiTeamStores.on(database.dataSource())));
    Files.writeString(work.resolve("port"), Integer.toString(app.port()));
    System.out.println(
        "serving "
            + app.url()
            + " on "
            + database.vendor()
            + " "
            + database.description()
            + ", "
            + samples
            + " sensitivity samples per evaluation");
    while (System.in.read() >= 0) {
      // wait for the script to close stdin
    }
    app.stop();
    database.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
