package dev.stackfit.catalog.refresh;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import java.util.List;
import java.util.Optional;

/** Fetches one source's figures for one framework (or runtime). */
sealed interface Importer
    permits EndOfLifeImporter, GitHubImporter, DepsDevImporter, EndOfLifeRepoImporter, GitImporter {
  RefreshSource source();

  /**
   * What the source knows about {@code framework}; empty when it does not track the framework.
   *
   * @throws SourceUnavailableException when the source cannot be reached or answers badly
   */
  Optional<Contribution> fetch(Framework framework);

  /** The release lines the source knows for {@code runtime}; empty when it gives none. */
  default Optional<RuntimeLines> fetch(Runtime runtime) {
    return Optional.empty();
  }

  /**
   * Figures one source contributed: release lines, health figures, git history, or several; with
   * the source entry they cite when the importer knows it better than a fixed title (a commit).
   */
  record Contribution(
      Optional<Fact<List<Release>>> releases,
      Optional<Health> health,
      Optional<RepositoryHistory> history,
      Optional<Source> cites) {
    Contribution(Optional<Fact<List<Release>>> releases, Optional<Health> health) {
      this(releases, health, Optional.empty(), Optional.empty());
    }
  }

  /** A runtime's release lines with their evidence, and the source entry they cite. */
  record RuntimeLines(Fact<List<Release>> lines, Source cites) {}
}
