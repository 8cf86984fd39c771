package dev.stackfit.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasesTests {
  @TempDir Path dir;

  @Test
  void aFileThatIsNoDatabaseIsNamedWithWhatToDo() throws IOException {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("stackfit.db"), noise);
    assertThatThrownBy(() -> Databases.openSqlite(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("stackfit.db cannot be opened as an SQLite database")
        .hasMessageContaining("another --data directory");
  }
}
