package dev.stackfit.web.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Signing up through an invitation with the API, on SQLite. */
class SqliteInvitationSignUpApiTests extends InvitationSignUpApiContract {
  @TempDir static Path data;

  @Override
  Database openEmpty() throws Exception {
    return Databases.openSqlite(Files.createTempDirectory(data, "db"));
  }
}
