package dev.stackfit.lab.run;

import dev.stackfit.core.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What produced a lab result, so that two results can be told apart: the lab file's content and the
 * stackfit build that ran it.
 *
 * @param labFileSha256 SHA-256 of the lab file's bytes, hex; null when it cannot be read (a lab
 *     built in code)
 * @param stackfitVersion the version the build recorded, or "development" when it recorded none
 * @param stackfitCommit the abbreviated commit the build came from, with "-dirty" when its tree had
 *     changes; null when the build had no git history
 * @param commitSource how the commit was found, or why it is unknown
 */
public record Provenance(
    String labFileSha256, String stackfitVersion, String stackfitCommit, String commitSource) {

  /** The provenance of a run of {@code labFile} by this build. */
  public static Provenance of(Path labFile) {
    BuildInfo build = BuildInfo.current();
    boolean known = !build.commit().isEmpty();
    return new Provenance(
        sha256(labFile),
        build.version(),
        known ? build.commitLabel() : null,
        known
            ? "recorded by the build (" + build.commitDate() + ")"
            : "unknown: this build was made without git history");
  }

  static String sha256(Path file) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
