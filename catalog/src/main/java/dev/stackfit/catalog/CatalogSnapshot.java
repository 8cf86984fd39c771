package dev.stackfit.catalog;

import dev.stackfit.core.BuildInfo;
import dev.stackfit.core.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A pre-parsed copy of a catalog directory, so that a short command need not parse its YAML on
 * every start (docs/catalog-format.md, "The catalog snapshot").
 *
 * <p>The file is one header line, then the validated {@link Catalog} in a compact binary form
 * ({@link SnapshotCodec}). The header names the snapshot format, the stackfit build that wrote it,
 * a checksum of every file in the catalog directory (names and contents, see {@link #digest}), and
 * the body's length and CRC-32C. {@link #read} returns the catalog only when all of these match the
 * running build and the directory as it is now; a missing, stale, truncated or corrupted snapshot
 * is simply not used, and the caller parses the YAML as before. So an edited catalog is never
 * ignored.
 */
public final class CatalogSnapshot {
  /** Raised whenever the encoding of the model, or this file's layout, changes. */
  static final int FORMAT = 4;

  private static final String MAGIC = "stackfit-catalog-snapshot";

  private CatalogSnapshot() {}

  /**
   * The catalog stored in {@code snapshot}, when the snapshot was written by this build from a
   * directory whose {@link #digest} was {@code digest}; empty otherwise (no file, another build, an
   * edited catalog, a damaged file). Never throws.
   */
  public static Optional<Catalog> read(Path snapshot, String digest) {
    try {
      if (!Files.isRegularFile(snapshot)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(snapshot);
      int newline = indexOf(bytes, (byte) '\n');
      if (newline < 0) {
        return Optional.empty();
      }
      String[] header = new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
      int start = newline + 1;
      int length = bytes.length - start;
      if (header.length != 6
          || !header[0].equals(MAGIC)
          || !header[1].equals(Integer.toString(FORMAT))
          || !header[2].equals(build())
          || !header[3].equals(digest)
          || !header[4].equals(Integer.toString(length))
          || !header[5].equals(crc(bytes, start))) {
        return Optional.empty();
      }
      return Optional.of(SnapshotCodec.decode(bytes, start, length));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code catalog}, loaded from a directory whose {@link #digest} was {@code digest} before
   * it was read, to {@code snapshot}: into a temporary file beside it, then moved into place, so
   * that a reader never sees half a file.
   */
  public static void write(Catalog catalog, String digest, Path snapshot) throws IOException {
    byte[] body = SnapshotCodec.encode(catalog);
    String header =
        String.join(
            " ",
            MAGIC,
            Integer.toString(FORMAT),
            build(),
            digest,
            Integer.toString(body.length),
            crc(body, 0));
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + header.length() + 1);
    out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(body);
    Path parent = snapshot.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Created like any other file, with the user's umask (a temporary file would be private to
    // its owner, and the snapshot of a release is shared by everyone who runs it).
    Path temporary =
        parent.resolve(
            snapshot.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
    try {
      Files.write(temporary, out.toByteArray(), StandardOpenOption.CREATE_NEW);
      try {
        Files.move(temporary, snapshot, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, snapshot, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A checksum of every regular file under {@code dir}, in the order of their paths relative to it:
   * CRC-32C and CRC-32, each over every path, length and content, and the number of bytes. Any
   * edit, and any file added, removed or renamed, changes it (two different 32-bit checks both
   * missing an accidental edit is a chance of about one in 2^64). Not a cryptographic digest, and
   * it need not be: whoever can edit the catalog can as well rewrite the snapshot. Both checks run
   * as intrinsics from the first call, where a SHA-256 of the 0.8 MB catalog is interpreted at
   * start-up and cost about a tenth of the command's time.
   */
  public static String digest(Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    List<String> names =
        files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
    CRC32C crc32c = new CRC32C();
    CRC32 crc32 = new CRC32();
    long total = 0;
    for (String name : names) {
      byte[] content = Files.readAllBytes(root.resolve(name));
      byte[] path = name.getBytes(StandardCharsets.UTF_8);
      byte[] lengths = ByteBuffer.allocate(8).putInt(path.length).putInt(content.length).array();
      for (byte[] part : new byte[][] {lengths, path, content}) {
        crc32c.update(part);
        crc32.update(part);
        total += part.length;
      }
    }
    return String.format(
        Locale.ROOT, "%08x%08x-%d-%d", crc32c.getValue(), crc32.getValue(), names.size(), total);
  }

  /** The build that writes and reads snapshots: another build may encode the model otherwise. */
  private static String build() {
    BuildInfo build = BuildInfo.current();
    return (build.version() + "+" + build.commitLabel()).replace(' ', '_');
  }

  private static String crc(byte[] bytes, int start) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, start, bytes.length - start);
    return Long.toHexString(crc.getValue());
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
