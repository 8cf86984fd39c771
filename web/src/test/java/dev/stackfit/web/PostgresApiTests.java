package dev.stackfit.web;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The API contract on a real PostgreSQL 17 (embedded binaries from Maven Central). */
class PostgresApiTests extends ApiContract {
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
    String name = "web_" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return Databases.openPostgres(
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres");
  }
}
