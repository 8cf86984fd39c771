package dev.stackfit.catalog;

import dev.stackfit.core.Problem;
import java.util.List;
import java.util.Optional;

/**
 * One runtime or imported file after reading: its value when valid, what the validator checks, and
 * every problem found.
 */
record ReadFile<T>(
    String source, Optional<T> value, Optional<FileChecks> checks, List<Problem> problems) {
  ReadFile {
    problems = List.copyOf(problems);
  }
}
