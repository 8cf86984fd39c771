package dev.stackfit.web;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteApiTests extends ApiContract {
  @TempDir Path temp;

  @Override
  Database openEmpty() {
    return Databases.openSqlite(temp.resolve("data"));
  }
}
