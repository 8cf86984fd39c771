package dev.stackfit.catalog.refresh;

import dev.stackfit.core.Identified;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where {@code stackfit catalog refresh} imports from: three public APIs, a local clone of
 * endoflife.date's repository, and a framework's own git history.
 */
public enum RefreshSource implements Identified {
  ENDOFLIFE("endoflife", "endoflife.date", "https://endoflife.date/api/v1"),
  GITHUB("github", "GitHub", "https://api.github.com"),
  DEPSDEV("depsdev", "deps.dev", "https://api.deps.dev"),
  ENDOFLIFE_REPO("endoflife-repo", "endoflife.date repository", null),
  GIT("git", "git history", null);

  private final String id;
  private final String label;
  private final URI defaultBase;

  RefreshSource(String id, String label, String defaultBase) {
    this.id = id;
    this.label = label;
    this.defaultBase = defaultBase == null ? null : URI.create(defaultBase);
  }

  /** The public APIs: what a refresh asks when no source is named. */
  public static Set<RefreshSource> apis() {
    return EnumSet.of(ENDOFLIFE, GITHUB, DEPSDEV);
  }

  @Override
  public String id() {
    return id;
  }

  /** The name users know the service by, for messages. */
  public String label() {
    return label;
  }

  /** The public base URL of an API; null for the local sources. */
  public URI defaultBase() {
    return defaultBase;
  }

  /** True for the sources that give release lines (one of them per refresh). */
  boolean givesReleaseLines() {
    return this == ENDOFLIFE || this == ENDOFLIFE_REPO;
  }

  /** The id of the source entry imported figures from this source cite. */
  String sourceId() {
    return "imported-" + id;
  }
}
