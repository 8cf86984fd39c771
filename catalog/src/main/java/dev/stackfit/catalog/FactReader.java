package dev.stackfit.catalog;

import dev.stackfit.catalog.FileChecks.DateRole;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the evidence every fact carries ({@code source}, {@code asOf}, {@code verified}, {@code
 * note}) and records citations and dates as it goes.
 */
final class FactReader {
  private final FileChecks checks;

  FactReader(FileChecks checks) {
    this.checks = checks;
  }

  FileChecks checks() {
    return checks;
  }

  /** A fact under {@code key} of {@code facts}, whose value is read by {@code value}. */
  <T> Optional<Fact<T>> fact(
      MappingReader facts, String key, boolean required, Function<ValueReader, Optional<T>> value) {
    Optional<ValueReader> node = required ? facts.required(key) : facts.optional(key);
    return node.flatMap(ValueReader::asMapping).flatMap(m -> fact(m, value));
  }

  /** A fact whose mapping is {@code fact}; extra keys must have been read or expected already. */
  <T> Optional<Fact<T>> fact(MappingReader fact, Function<ValueReader, Optional<T>> value) {
    Optional<T> read = fact.required("value").flatMap(value);
    Optional<Fact<T>> result =
        dated(
            fact,
            read,
            date(fact, "since", DateRole.PAST, false),
            m -> fact(m, value),
            "a value before needs \"since\" beside it: the day the current value took over");
    fact.rejectUnknownKeys();
    return result;
  }

  /**
   * The evidence of {@code mapping} around {@code value}, with the history it records: the day the
   * value took over ({@code since}) and the fact that held before it, read by {@code before};
   * {@code sinceMissing} is reported at {@code before} when it comes without {@code since}.
   */
  <T> Optional<Fact<T>> dated(
      MappingReader mapping,
      Optional<T> value,
      Optional<LocalDate> since,
      Function<MappingReader, Optional<Fact<T>>> before,
      String sinceMissing) {
    Optional<ValueReader> beforeNode = mapping.optional("before");
    Optional<Fact<T>> earlier = beforeNode.flatMap(ValueReader::asMapping).flatMap(before);
    if (earlier.isPresent() && since.isEmpty()) {
      beforeNode.get().report(sinceMissing);
    }
    return evidence(mapping, value)
        .map(
            f ->
                new Fact<>(
                    f.value(), f.source(), f.asOf(), f.verified(), f.note(), since, earlier));
  }

  /** The evidence keys of a mapping that carries a value read elsewhere. */
  <T> Optional<Fact<T>> evidence(MappingReader fact, Optional<T> value) {
    Optional<String> source = source(fact);
    Optional<LocalDate> asOf = date(fact, "asOf", DateRole.AS_OF, true);
    boolean verified = fact.bool("verified", true);
    String note = fact.string("note", "");
    if (value.isEmpty() || source.isEmpty() || asOf.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Fact<>(value.get(), source.get(), asOf.get(), verified, note));
  }

  /** The required {@code source} key, recorded as a citation. */
  Optional<String> source(MappingReader mapping) {
    return mapping.required("source").flatMap(v -> v.asString().map(id -> cite(v, id)));
  }

  /** Records {@code value}, a source id, as a citation. */
  void cite(ValueReader value) {
    value.asString().ifPresent(id -> cite(value, id));
  }

  private String cite(ValueReader at, String id) {
    checks.citations.add(Located.at(at, id));
    return id;
  }

  /** A date under {@code key}, recorded with its role. */
  Optional<LocalDate> date(MappingReader mapping, String key, DateRole role, boolean required) {
    Optional<ValueReader> node = required ? mapping.required(key) : mapping.optional(key);
    return node.flatMap(
        v ->
            v.asDate()
                .map(
                    d -> {
                      checks.date(Located.at(v, d), role);
                      return d;
                    }));
  }
}
