package dev.stackfit.catalog.refresh;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a refresh.
 *
 * @param changes one line per changed figure ("django: ~ health.stars 85000 -> 85100")
 * @param failures one line per source that failed; when any, nothing was written
 * @param written the files replaced (none on a dry run or a failure)
 * @param frameworks how many frameworks were asked about
 */
public record RefreshResult(
    List<String> changes, List<String> failures, List<Path> written, int frameworks) {
  public RefreshResult {
    changes = List.copyOf(changes);
    failures = List.copyOf(failures);
    written = List.copyOf(written);
  }

  /** True when every source answered. */
  public boolean ok() {
    return failures.isEmpty();
  }
}
