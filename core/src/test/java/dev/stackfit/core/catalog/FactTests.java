package dev.stackfit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fact's written-out equals (see its comment) stays the record's equality. */
class FactTests {
  private static final LocalDate DAY = LocalDate.parse("2026-01-01");

  private static Fact<String> fact(
      String value,
      String source,
      LocalDate asOf,
      boolean verified,
      String note,
      Optional<LocalDate> since,
      Optional<Fact<String>> before) {
    return new Fact<>(value, source, asOf, verified, note, since, before);
  }

  private static final Fact<String> BASE =
      fact("v", "s", DAY, true, "n", Optional.of(DAY), Optional.of(Fact.of("old", "s", DAY)));

  @Test
  void equalComponentsMakeEqualFactsWithEqualHashes() {
    Fact<String> same =
        fact(
            new String("v"),
            "s",
            LocalDate.parse("2026-01-01"),
            true,
            "n",
            Optional.of(DAY),
            Optional.of(Fact.of("old", "s", DAY)));
    assertThat(same).isNotSameAs(BASE).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    assertThat(BASE).isEqualTo(BASE).isNotEqualTo(null).isNotEqualTo("v");
  }

  @Test
  void everyComponentTakesPartInEquality() {
    // A component added to the record must be added to equals, and a case here.
    assertThat(Arrays.stream(Fact.class.getRecordComponents()).map(RecordComponent::getName))
        .containsExactly("value", "source", "asOf", "verified", "note", "since", "before");
    List<Fact<String>> differingInOne =
        List.of(
            fact("w", "s", DAY, true, "n", BASE.since(), BASE.before()),
            fact("v", "t", DAY, true, "n", BASE.since(), BASE.before()),
            fact("v", "s", DAY.plusDays(1), true, "n", BASE.since(), BASE.before()),
            fact("v", "s", DAY, false, "n", BASE.since(), BASE.before()),
            fact("v", "s", DAY, true, "m", BASE.since(), BASE.before()),
            fact("v", "s", DAY, true, "n", Optional.empty(), BASE.before()),
            fact("v", "s", DAY, true, "n", BASE.since(), Optional.empty()));
    for (Fact<String> other : differingInOne) {
      assertThat(other).isNotEqualTo(BASE);
      assertThat(BASE).isNotEqualTo(other);
    }
  }
}
