package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.testing.PostgresFixture;

/** The team store contract on a real PostgreSQL started from Maven Central binaries. */
class PostgresTeamStoreTests extends TeamStoreContract {
  @Override
  Database openEmpty() throws Exception {
    return PostgresFixture.openFresh("team");
  }
}
