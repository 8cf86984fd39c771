package dev.stackfit.catalog;

import dev.stackfit.core.Problem;
import java.util.List;

/**
 * The outcome of {@link CatalogValidator#validate}: errors make the catalog unusable, warnings
 * (stale facts) do not.
 *
 * @param files how many framework files were checked
 * @param errors problems that must be fixed, in file and line order
 * @param warnings problems worth a look, in file and line order
 */
public record ValidationReport(int files, List<Problem> errors, List<Problem> warnings) {
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** True when there are no errors (warnings allowed). */
  public boolean valid() {
    return errors.isEmpty();
  }
}
