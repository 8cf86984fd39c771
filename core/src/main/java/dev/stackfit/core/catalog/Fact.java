package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A catalog value with its evidence.
 *
 * @param value the value; never null
 * @param source id of a {@link Source} of the same framework
 * @param asOf the date the value was true
 * @param verified false when the value could not be checked against its source
 * @param note optional explanation shown beside the value; empty when none
 * @param since the day the value became true, when a source dates it (Quarkus joined the Commonhaus
 *     Foundation on 2024-07-31); empty when it held as far back as the catalog looks
 * @param before the value that held until {@code since}, with its own evidence; empty when the
 *     catalog does not record it
 */
public record Fact<T>(
    T value,
    String source,
    LocalDate asOf,
    boolean verified,
    String note,
    Optional<LocalDate> since,
    Optional<Fact<T>> before) {
  public Fact {
    if (value == null
        || source == null
        || asOf == null
        || note == null
        || since == null
        || before == null) {
      throw new IllegalArgumentException("a fact needs a value, a source and an as-of date");
    }
  }

  /** A fact without a recorded history. */
  public Fact(T value, String source, LocalDate asOf, boolean verified, String note) {
    this(value, source, asOf, verified, note, Optional.empty(), Optional.empty());
  }

  /**
   * The fact as it stood on {@code day}: this one from its {@code since} day on, else the value
   * before it (followed back as far as the catalog records); empty when nothing is recorded then.
   */
  public Optional<Fact<T>> on(LocalDate day) {
    if (since.isEmpty() || !since.get().isAfter(day)) {
      return Optional.of(this);
    }
    return before.flatMap(b -> b.on(day));
  }

  /** A verified fact without a note. */
  public static <T> Fact<T> of(T value, String source, LocalDate asOf) {
    return new Fact<>(value, source, asOf, true, "");
  }

  /** The same evidence carrying another value. */
  public <R> Fact<R> map(Function<T, R> mapper) {
    return new Fact<>(
        mapper.apply(value), source, asOf, verified, note, since, before.map(b -> b.map(mapper)));
  }

  /**
   * The record's own equality (every component equal), written out: the generated one is linked on
   * its first call through a method-handle bootstrap that the ahead-of-time cache does not keep,
   * which cost {@code recommend} tens of milliseconds at start-up (docs/benchmarks.md). The
   * generated {@link #hashCode} stays, consistent with it.
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Fact<?> fact
            && value.equals(fact.value)
            && source.equals(fact.source)
            && asOf.equals(fact.asOf)
            && verified == fact.verified
            && note.equals(fact.note)
            && since.equals(fact.since)
            && before.equals(fact.before);
  }

  /** " (unverified)" for unverified facts, "" otherwise: for appending to reasons. */
  public String verificationSuffix() {
    return verified ? "" : " (unverified)";
  }
}
