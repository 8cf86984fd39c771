package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The team store contract on a real PostgreSQL started from Maven Central binaries. */
class PostgresTeamStoreTests extends TeamStoreContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Override
  Database openEmpty() throws Exception {
    String name = "team_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return Databases.open(
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres", null);
  }
}
