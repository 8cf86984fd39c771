package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.nio.file.Files;

/** The team store contracts on fresh SQLite files. */
class SqliteTeamStoreTests extends TeamStoreContracts {
  @Override
  Database fresh() throws Exception {
    return Databases.openSqlite(Files.createTempDirectory("stackfit-team"));
  }
}
