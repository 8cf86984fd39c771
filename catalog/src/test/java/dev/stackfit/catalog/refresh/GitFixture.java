package dev.stackfit.catalog.refresh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small git repository a test builds itself: commits with set authors and dates (GIT_AUTHOR_DATE,
 * GIT_COMMITTER_DATE), tags, merges, a .mailmap. No network, no global config.
 */
final class GitFixture {
  private final Path dir;
  private int files;

  private GitFixture(Path dir) {
    this.dir = dir;
  }

  /** A new repository with a work tree in {@code dir}, default branch main. */
  static GitFixture init(Path dir) throws IOException {
    Files.createDirectories(dir);
    GitFixture fixture = new GitFixture(dir);
    fixture.git(Map.of(), "init", "--quiet", "--initial-branch=main");
    return fixture;
  }

  Path dir() {
    return dir;
  }

  /** Commits a new file as {@code author <email>} on {@code date} (YYYY-MM-DD, noon UTC). */
  GitFixture commit(String author, String email, String date) throws IOException {
    return commitFile("file-" + (++files) + ".txt", "change " + files + "\n", author, email, date);
  }

  GitFixture commitFile(String name, String content, String author, String email, String date)
      throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    git(Map.of(), "add", name);
    git(env(author, email, date), "commit", "--quiet", "-m", "add " + name);
    return this;
  }

  /** A lightweight tag on HEAD. */
  GitFixture tag(String name) throws IOException {
    git(Map.of(), "tag", name);
    return this;
  }

  /** An annotated tag on HEAD, tagged on {@code date}. */
  GitFixture annotatedTag(String name, String date) throws IOException {
    git(env("Releaser", "release@example.org", date), "tag", "-a", name, "-m", name);
    return this;
  }

  GitFixture branch(String name) throws IOException {
    git(Map.of(), "checkout", "--quiet", "-b", name);
    return this;
  }

  GitFixture checkout(String name) throws IOException {
    git(Map.of(), "checkout", "--quiet", name);
    return this;
  }

  /** A merge commit of {@code branch} into the current branch, never fast-forward. */
  GitFixture merge(String branch, String author, String date) throws IOException {
    git(
        env(author, author.toLowerCase(java.util.Locale.ROOT) + "@example.org", date),
        "merge",
        "--quiet",
        "--no-ff",
        "-m",
        "merge " + branch,
        branch);
    return this;
  }

  /** A bare clone beside the work tree, as repository snapshots are. */
  Path bareClone(Path target) throws IOException {
    run(dir.getParent(), Map.of(), "clone", "--quiet", "--bare", dir.toString(), target.toString());
    return target;
  }

  private static Map<String, String> env(String author, String email, String date) {
    String stamp = date + "T12:00:00+00:00";
    return Map.of(
        "GIT_AUTHOR_NAME", author,
        "GIT_AUTHOR_EMAIL", email,
        "GIT_AUTHOR_DATE", stamp,
        "GIT_COMMITTER_NAME", author,
        "GIT_COMMITTER_EMAIL", email,
        "GIT_COMMITTER_DATE", stamp);
  }

  private void git(Map<String, String> env, String... args) throws IOException {
    run(dir, env, args);
  }

  private static void run(Path in, Map<String, String> env, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Fixture",
                "-c",
                "user.email=fixture@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile());
    builder.environment().putAll(env);
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("HOME", in.toString());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IOException("git " + String.join(" ", args) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
