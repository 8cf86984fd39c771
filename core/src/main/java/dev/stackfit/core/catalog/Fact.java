package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A catalog value with its evidence.
 *
 * @param value the value; never null
 * @param source id of a {@link Source} of the same framework
 * @param asOf the date the value was true
 * @param verified false when the value could not be checked against its source
 * @param note optional explanation shown beside the value; empty when none
 */
public record Fact<T>(T value, String source, LocalDate asOf, boolean verified, String note) {
  public Fact {
    if (value == null || source == null || asOf == null || note == null) {
      throw new IllegalArgumentException("a fact needs a value, a source and an as-of date");
    }
  }

  /** A verified fact without a note. */
  public static <T> Fact<T> of(T value, String source, LocalDate asOf) {
    return new Fact<>(value, source, asOf, true, "");
  }

  /** The same evidence carrying another value. */
  public <R> Fact<R> map(Function<T, R> mapper) {
    return new Fact<>(mapper.apply(value), source, asOf, verified, note);
  }

  /** " (unverified)" for unverified facts, "" otherwise: for appending to reasons. */
  public String verificationSuffix() {
    return verified ? "" : " (unverified)";
  }
}
