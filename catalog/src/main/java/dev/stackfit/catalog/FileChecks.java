package dev.stackfit.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the validator checks of one catalog file beyond the model: where sources are declared and
 * cited, every date with its role, and the located license and release years. (The facts' own
 * evidence, their sources and dates, is read by {@link FactReader}.)
 */
final class FileChecks {
  /** How a date may relate to the validation day. */
  enum DateRole {
    /** A fact's as-of date: not in the future, and stale when old. */
    AS_OF,
    /** A date that has happened (access, release): not in the future. */
    PAST,
    /** An announced date such as an end of life: may lie ahead. */
    SCHEDULED
  }

  record Dated(Located<LocalDate> date, DateRole role) {}

  final List<Located<String>> declaredSources = new ArrayList<>();
  final List<Located<String>> citations = new ArrayList<>();
  final List<Dated> dates = new ArrayList<>();
  Optional<Located<String>> license = Optional.empty();
  Optional<Located<Integer>> firstRelease = Optional.empty();
  Optional<Located<LocalDate>> versionReleased = Optional.empty();
  Optional<Located<String>> id = Optional.empty();

  void date(Located<LocalDate> date, DateRole role) {
    dates.add(new Dated(date, role));
  }

  /** The newest as-of date of any fact in the file. */
  Optional<LocalDate> newestAsOf() {
    return dates.stream()
        .filter(d -> d.role() == DateRole.AS_OF)
        .map(d -> d.date().value())
        .max(LocalDate::compareTo);
  }
}
