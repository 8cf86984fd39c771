package dev.stackfit.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of stackfit that is running and the commit it was built from, as the build recorded
 * them (git-commit-id-maven-plugin writes {@code build-info.properties} beside this class).
 *
 * @param version the project version ("0.2.0"); "development" when no build recorded one
 * @param commit the abbreviated commit id; empty when the build had no git history
 * @param commitDate the commit's date (YYYY-MM-DD, UTC); empty when unknown
 * @param dirty true when the working tree had uncommitted changes at build time
 */
public record BuildInfo(String version, String commit, String commitDate, boolean dirty) {
  private static final BuildInfo CURRENT = load();

  public BuildInfo {
    if (version == null || commit == null || commitDate == null) {
      throw new IllegalArgumentException("build info needs a version, a commit and a date");
    }
  }

  /** What this build recorded; read once. */
  public static BuildInfo current() {
    return CURRENT;
  }

  /** "0.2.0 (abc1234, 2026-12-03)", "0.2.0 (abc1234-dirty, 2026-12-03)" or "0.2.0". */
  public String describe() {
    if (commit.isEmpty()) {
      return version;
    }
    return version + " (" + commit + (dirty ? "-dirty" : "") + ", " + commitDate + ")";
  }

  /** The commit id with "-dirty" when the tree had changes; empty when unknown. */
  public String commitLabel() {
    return commit.isEmpty() || !dirty ? commit : commit + "-dirty";
  }

  static BuildInfo parse(Properties properties) {
    return new BuildInfo(
        properties.getProperty("git.build.version", "development").trim(),
        properties.getProperty("git.commit.id.abbrev", "").trim(),
        properties.getProperty("git.commit.time", "").trim(),
        Boolean.parseBoolean(properties.getProperty("git.dirty", "false").trim()));
  }

  private static BuildInfo load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build-info.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource is the same as none: the version says "development"
    }
    return parse(properties);
  }
}
