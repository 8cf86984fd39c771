package dev.stackfit.store.testing;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 (zonky's binaries from Maven Central) shared by every test in the JVM:
 * started on first use, stopped when the JVM exits; each caller gets a fresh empty database.
 */
public final class PostgresFixture {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private PostgresFixture() {}

  /** A new, empty, migrated database on the shared server; close it when done. */
  public static Database openFresh(String prefix) throws SQLException {
    return Databases.openPostgres(freshUrl(prefix));
  }

  /**
   * The JDBC URL of a new, empty database on the shared server, for several pools or processes to
   * open (each migrates it on open, as servers sharing a database do).
   */
  public static String freshUrl(String prefix) throws SQLException {
    EmbeddedPostgres postgres = server();
    String name = prefix + "_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres";
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the server's files are temporary.
                    }
                  },
                  "embedded-postgres-stop"));
    }
    return server;
  }
}
