package dev.stackfit.catalog.refresh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A local git repository to read: a work tree, a bare git directory (as repository snapshots and
 * mirrors are), or a bare clone of a URL kept in a cache directory and fetched again on each use.
 */
final class GitRepository {
  private static final Pattern URL = Pattern.compile("(?i)(https?|ssh|git|file)://.+");
  private static final Pattern SCP = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.+");

  private final GitCli git;
  private final Path directory;
  private final List<String> options;

  private GitRepository(GitCli git, Path directory, List<String> options) {
    this.git = git;
    this.directory = directory;
    this.options = options;
  }

  /** True when {@code location} names a remote repository rather than a local path. */
  static boolean isUrl(String location) {
    return URL.matcher(location).matches() || SCP.matcher(location).matches();
  }

  /**
   * Opens {@code location}: a URL is cloned bare into {@code cacheDir} (or fetched when already
   * there); a path must be a work tree or a git directory.
   */
  static GitRepository open(GitCli git, String location, Path cacheDir) {
    if (isUrl(location)) {
      return clone(git, location, cacheDir);
    }
    Path path = Path.of(location).toAbsolutePath().normalize();
    if (Files.exists(path.resolve(".git"))) {
      // A work tree: git reads its .mailmap file itself.
      return new GitRepository(git, path, List.of());
    }
    if (Files.isRegularFile(path.resolve("HEAD")) && Files.isDirectory(path.resolve("objects"))) {
      return bare(git, path);
    }
    throw new SourceUnavailableException(
        RefreshSource.GIT,
        location
            + " is not a git repository (neither a work tree with .git nor a git directory"
            + " with HEAD and objects/)");
  }

  private static GitRepository bare(GitCli git, Path gitDir) {
    // Without a work tree git reads no .mailmap unless told where: the one committed at HEAD.
    return new GitRepository(
        git, gitDir, List.of("--git-dir=" + gitDir, "-c", "mailmap.blob=HEAD:.mailmap"));
  }

  private static GitRepository clone(GitCli git, String url, Path cacheDir) {
    Path target = cacheDir.resolve(cacheName(url)).toAbsolutePath();
    try {
      Files.createDirectories(cacheDir);
    } catch (IOException e) {
      throw new SourceUnavailableException(
          RefreshSource.GIT, "cannot create the git cache " + cacheDir + ": " + e.getMessage());
    }
    if (Files.isRegularFile(target.resolve("HEAD"))) {
      GitRepository cached = bare(git, target);
      cached.run(
          "fetch",
          "--quiet",
          "--prune",
          "--force",
          url,
          "+refs/heads/*:refs/heads/*",
          "+refs/tags/*:refs/tags/*");
      return cached;
    }
    git.run(
        cacheDir.toAbsolutePath(),
        List.of(),
        "clone",
        List.of("--bare", "--quiet", url, target.toString()));
    return bare(git, target);
  }

  /** A directory name for the clone of {@code url}: its last two path parts, made safe. */
  static String cacheName(String url) {
    String path = url.replaceFirst("(?i)^[a-z]+://[^/]*/", "").replaceFirst("^[^@]*@[^:]*:", "");
    path = path.replaceFirst("(?i)\\.git/?$", "").replaceAll("/+$", "");
    String[] parts = path.split("/");
    String name =
        parts.length >= 2 ? parts[parts.length - 2] + "+" + parts[parts.length - 1] : path;
    return name.replaceAll("[^A-Za-z0-9._+-]", "_").toLowerCase(Locale.ROOT) + ".git";
  }

  /** Runs {@code git verb args...} against this repository. */
  String run(String verb, String... args) {
    return git.run(directory, options, verb, List.of(args));
  }
}
