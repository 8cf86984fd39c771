package dev.stackfit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.BadInputException;
import dev.stackfit.store.testing.PostgresFixture;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL 17 started from Maven Central binaries. */
class PostgresEvaluationStoreTests extends EvaluationStoreContract {
  @Override
  Database openEmpty() throws Exception {
    return PostgresFixture.openFresh("stackfit");
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
        .as("a wrong URL is the caller's to fix, not a broken database")
        .isInstanceOf(BadInputException.class)
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
