package dev.stackfit.formats.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that a reader never sees a half-written one: each new content goes to a
 * temporary file beside its target, and only when all are written are they renamed over the
 * targets. A failure while writing leaves every target as it was.
 *
 * <p>New files get the permissions any other tool would give them (0666 less the user's umask): the
 * temporary file is created by the operating system like a plain new file, not with {@code
 * Files.createTempFile}'s owner-only mode. A file that already exists keeps its permissions.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes one file atomically, creating its directory when needed. */
  public static void write(Path target, byte[] content) throws IOException {
    Map<Path, byte[]> one = new LinkedHashMap<>();
    one.put(target, content);
    write(one);
  }

  /** Writes every file or none (each rename is atomic; the set is written before any rename). */
  public static void write(Map<Path, byte[]> contents) throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = createSibling(target);
        staged.add(new Path[] {temp, target});
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
          out.write(e.getValue());
        }
        keepPermissions(target, temp);
      }
      for (Path[] pair : staged) {
        move(pair[0], pair[1]);
      }
    } finally {
      for (Path[] pair : staged) {
        Files.deleteIfExists(pair[0]);
      }
    }
  }

  private static Path createSibling(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          target.resolveSibling(
              "." + target.getFileName() + "." + Long.toHexString(randomLong()) + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  private static long randomLong() {
    return ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView existing =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView fresh = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (existing != null && fresh != null && Files.exists(target)) {
      fresh.setPermissions(existing.readAttributes().permissions());
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
