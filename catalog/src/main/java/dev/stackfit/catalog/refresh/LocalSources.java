package dev.stackfit.catalog.refresh;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local sources read from.
 *
 * @param endoflifeRepo a clone (work tree or bare) of endoflife.date's repository, for {@code
 *     endoflife-repo}
 * @param gitRepo the framework's repository, a path (work tree or bare) or a URL, for {@code git}
 * @param gitCache where URLs are cloned bare, one directory per repository
 */
public record LocalSources(Optional<Path> endoflifeRepo, Optional<String> gitRepo, Path gitCache) {
  /** No local source; URLs would be cloned under ~/.cache/stackfit/git. */
  public static LocalSources none() {
    return new LocalSources(Optional.empty(), Optional.empty(), defaultGitCache());
  }

  /** ~/.cache/stackfit/git */
  public static Path defaultGitCache() {
    return Path.of(System.getProperty("user.home"), ".cache", "stackfit", "git");
  }
}
