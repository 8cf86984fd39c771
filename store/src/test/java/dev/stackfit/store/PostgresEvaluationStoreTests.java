package dev.stackfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL 17 started from Maven Central binaries. */
class PostgresEvaluationStoreTests extends EvaluationStoreContract {
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
    String name = "stackfit_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return Databases.open(
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name + "?user=postgres", null);
  }

  @Test
  void opensPostgresForAPostgresUrl() throws Exception {
    try (Database database = openEmpty()) {
      assertThat(database.vendor()).isEqualTo(Database.Vendor.POSTGRESQL);
      assertThat(database.description()).doesNotContain("user=");
    }
  }

  @Test
  void anotherDatabaseUrlIsRefusedWithoutItsCredentials() {
    assertThatThrownBy(() -> Databases.open("jdbc:mysql://db/x?password=secret", null))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:mysql://db/x")
        .hasMessageNotContaining("secret");
  }

  @Test
  void anUnreachableServerIsAClearStoreError() {
    assertThatThrownBy(() -> Databases.openPostgres("jdbc:postgresql://127.0.0.1:1/none"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:1/none");
  }
}
