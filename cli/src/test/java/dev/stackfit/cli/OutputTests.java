package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output paths of long runs are checked before the run starts. */
class OutputTests {
  @TempDir Path dir;

  @Test
  void aFileInANewOrExistingDirectoryIsFineAndNothingIsLeftBehind() throws IOException {
    Output.requireWritable(dir.resolve("lab.json"), "--json");
    Output.requireWritable(dir.resolve("new/sub/lab.json"), "--json");
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void aDirectoryOrAPathUnderAFileIsBadInputNamingTheOption() throws IOException {
    assertThatThrownBy(() -> Output.requireWritable(dir, "--json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--json")
        .hasMessageContaining("is a directory");
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> Output.requireWritable(file.resolve("lab.html"), "--html"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--html")
        .hasMessageContaining("cannot be written there");
  }
}
