package dev.stackfit.catalog;

import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Framework;
import java.util.List;
import java.util.Optional;

/**
 * One framework file after reading: the entry when it was valid, what the validator checks beyond
 * the model, and every problem found.
 */
record CatalogFile(
    String source,
    Optional<Framework> framework,
    Optional<FileChecks> checks,
    List<Problem> problems) {
  CatalogFile {
    problems = List.copyOf(problems);
  }
}
