package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.testing.PostgresFixture;

/** The team store contracts on a real PostgreSQL started from Maven Central binaries. */
class PostgresTeamStoreTests extends TeamStoreContracts {
  @Override
  Database fresh() throws Exception {
    return PostgresFixture.openFresh("team");
  }
}
