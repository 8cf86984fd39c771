package dev.stackfit.core.profile;

/**
 * One reason the current stack hurts.
 *
 * @param kind which kind of pain
 * @param note the team's own words; empty when none
 */
public record Pain(PainKind kind, String note) {
  public Pain {
    if (kind == null || note == null) {
      throw new IllegalArgumentException("a pain needs a kind and a note (may be empty)");
    }
  }
}
