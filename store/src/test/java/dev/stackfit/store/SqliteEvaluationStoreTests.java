package dev.stackfit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.history.NewEvaluation;
import dev.stackfit.core.history.SavedEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEvaluationStoreTests extends EvaluationStoreContract {
  @TempDir Path temp;

  @Override
  Database openEmpty() {
    return Databases.open(null, temp.resolve("data"));
  }

  @Test
  void createsTheDataDirectoryAndFileOnFirstRun() {
    Path dir = temp.resolve("fresh/nested");
    try (Database database = Databases.openSqlite(dir)) {
      assertThat(database.vendor()).isEqualTo(Database.Vendor.SQLITE);
      assertThat(dir.resolve(Databases.SQLITE_FILE)).exists();
    }
  }

  @Test
  void evaluationsOutliveARestartAndMigrationsRunOnce() {
    Path dir = temp.resolve("restart");
    SavedEvaluation saved;
    int appliedFirst;
    try (Database first = Databases.openSqlite(dir)) {
      saved = first.evaluations().save(evaluation("kept", Instant.parse("2026-01-01T00:00:00Z")));
      appliedFirst = appliedMigrations(first);
    }
    try (Database second = Databases.openSqlite(dir)) {
      assertThat(second.evaluations().find(saved.id())).contains(saved);
      assertThat(appliedMigrations(second)).isEqualTo(appliedFirst).isPositive();
    }
  }

  private static int appliedMigrations(Database database) {
    return Jdbi.create(database.dataSource())
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void usesWriteAheadLogging() {
    try (Database database = Databases.openSqlite(temp.resolve("wal"))) {
      String mode =
          Jdbi.create(database.dataSource())
              .withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
      assertThat(mode).isEqualToIgnoringCase("wal");
      assertThat(Files.exists(temp.resolve("wal").resolve(Databases.SQLITE_FILE))).isTrue();
    }
  }

  @Test
  void newDatabasesUseLargePagesAndOlderFilesKeepTheirs() throws Exception {
    try (Database database = Databases.openSqlite(temp.resolve("new"))) {
      assertThat(pageSize(database)).isEqualTo(65_536);
      // The WAL is checkpointed after 4 MiB, about as with SQLite's default 1,000 pages of 4 KiB.
      assertThat(pragma(database, "wal_autocheckpoint")).isEqualTo(64);
    }
    // A file made before (4 KiB pages) opens as it is, and evaluations are saved and found in it.
    Path old = temp.resolve("old");
    Files.createDirectories(old);
    try (var connection =
            java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + old.resolve(Databases.SQLITE_FILE));
        var statement = connection.createStatement()) {
      statement.execute("PRAGMA page_size=4096");
      statement.execute("PRAGMA journal_mode=WAL");
    }
    assertThat(Files.size(old.resolve(Databases.SQLITE_FILE))).isPositive();
    try (Database database = Databases.openSqlite(old)) {
      assertThat(pageSize(database)).isEqualTo(4_096);
      assertThat(pragma(database, "wal_autocheckpoint")).isEqualTo(1_024);
      SavedEvaluation saved =
          database
              .evaluations()
              .save(
                  new NewEvaluation(
                      "p", "name: p\n", "{\"x\":1}", Optional.of("django"), Instant.now()));
      assertThat(database.evaluations().find(saved.id())).contains(saved);
    }
  }

  private static int pageSize(Database database) {
    return pragma(database, "page_size");
  }

  private static int pragma(Database database, String name) {
    return Jdbi.create(database.dataSource())
        .withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(Integer.class).one());
  }
}
