package dev.stackfit.catalog.refresh;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces files so that a reader never sees a half-written one: every new content goes to a
 * temporary file beside its target first, and only when all are written are they renamed over the
 * targets. A failure while writing leaves every target as it was.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  static void write(Map<Path, byte[]> contents) throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
        Path target = e.getKey();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp =
            Files.createTempFile(
                target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        staged.add(new Path[] {temp, target});
        Files.write(temp, e.getValue());
      }
    } catch (IOException e) {
      for (Path[] pair : staged) {
        Files.deleteIfExists(pair[0]);
      }
      throw e;
    }
    for (Path[] pair : staged) {
      move(pair[0], pair[1]);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
