package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.nio.file.Files;

/** The team store contract on a fresh SQLite file. */
class SqliteTeamStoreTests extends TeamStoreContract {
  @Override
  Database openEmpty() throws Exception {
    return Databases.openSqlite(Files.createTempDirectory("stackfit-team"));
  }
}
