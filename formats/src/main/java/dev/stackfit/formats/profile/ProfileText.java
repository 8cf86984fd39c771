package dev.stackfit.formats.profile;

import dev.stackfit.core.text.TextLimit;
import dev.stackfit.formats.document.ValueReader;
import java.util.Optional;

/** A profile's free text (its name, licenses), within the documented maximum length. */
final class ProfileText {
  private ProfileText() {}

  /** The value as a string, or empty after reporting it when it is not one or is too long. */
  static Optional<String> string(ValueReader value, TextLimit limit) {
    Optional<String> text = value.asString();
    Optional<String> problem = text.flatMap(limit::problem);
    problem.ifPresent(value::report);
    return problem.isPresent() ? Optional.empty() : text;
  }
}
