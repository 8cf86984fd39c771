package dev.stackfit.lab.run;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What produced a lab result, so that two results can be told apart: the lab file's content and the
 * stackfit build that ran it.
 *
 * @param labFileSha256 SHA-256 of the lab file's bytes, hex; null when it cannot be read (a lab
 *     built in code)
 * @param stackfitVersion the jar's Implementation-Version, or "development" when run from classes
 * @param stackfitCommit {@code git rev-parse HEAD} of the checkout stackfit ran from, with "-dirty"
 *     when tracked files had changes; null when it did not run from a checkout
 * @param commitSource how the commit was found, or why it is unknown
 */
public record Provenance(
    String labFileSha256, String stackfitVersion, String stackfitCommit, String commitSource) {

  /** The provenance of a run of {@code labFile} by this build. */
  public static Provenance of(Path labFile) {
    String version = Provenance.class.getPackage().getImplementationVersion();
    Path home = home();
    String commit = home == null ? null : commit(home);
    return new Provenance(
        sha256(labFile),
        version == null ? "development" : version,
        commit,
        commit != null
            ? "git rev-parse HEAD in " + home
            : "unknown: stackfit did not run from a git checkout (no build information is"
                + " recorded in its jar yet)");
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

  /** The checkout holding the classes or jar this class came from, or null. */
  private static Path home() {
    try {
      Path dir =
          Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
        if (Files.exists(p.resolve(".git"))) {
          return p;
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // No code source (an unusual class loader): the commit stays unknown.
    }
    return null;
  }

  private static String commit(Path home) {
    String head = git(home, "rev-parse", "HEAD");
    if (head == null || !head.matches("[0-9a-f]{40}")) {
      return null;
    }
    String changes = git(home, "status", "--porcelain", "--untracked-files=no");
    return changes == null || changes.isEmpty() ? head : head + "-dirty";
  }

  private static String git(Path dir, String... args) {
    List<String> argv = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    argv.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
