package dev.stackfit.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the catalog knows from a framework's git repository: how its release tags are named
 * (curated), why there are no figures when there are none (curated), and the figures themselves
 * (imported by {@code stackfit catalog refresh --source git}).
 *
 * @param releaseTags glob patterns for release tags, each with one {@code *} standing for the
 *     version ({@code "v*"}, {@code "web-v*"}); empty when not curated
 * @param unavailable why the catalog has no git figures (repository too large to copy, ...)
 * @param history the figures; empty until imported
 */
public record GitFacts(
    List<String> releaseTags, Optional<String> unavailable, Optional<RepositoryHistory> history) {
  /** Nothing known. */
  public static final GitFacts NONE = new GitFacts(List.of(), Optional.empty(), Optional.empty());

  public GitFacts {
    releaseTags = List.copyOf(releaseTags);
    for (String pattern : releaseTags) {
      if (pattern.chars().filter(c -> c == '*').count() != 1) {
        throw new IllegalArgumentException(
            "release-tag pattern \"" + pattern + "\" needs exactly one * for the version");
      }
    }
  }

  /** The same curated settings with imported figures. */
  public GitFacts withHistory(Optional<RepositoryHistory> imported) {
    return new GitFacts(releaseTags, unavailable, imported);
  }
}
