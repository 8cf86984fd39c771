package dev.stackfit.catalog.refresh;

import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Release;
import java.util.List;
import java.util.Optional;

/** Fetches one API's figures for one framework. */
sealed interface Importer permits EndOfLifeImporter, GitHubImporter, DepsDevImporter {
  RefreshSource source();

  /**
   * What the API knows about {@code framework}; empty when it does not track the framework.
   *
   * @throws SourceUnavailableException when the API cannot be reached or answers badly
   */
  Optional<Contribution> fetch(Framework framework);

  /** Figures one API contributed: release lines, health figures, or both. */
  record Contribution(Optional<List<Release>> releases, Optional<Health> health) {}
}
