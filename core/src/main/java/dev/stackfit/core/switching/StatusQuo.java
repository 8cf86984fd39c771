package dev.stackfit.core.switching;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.core.profile.CurrentStack;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staying on the current stack, as an option beside the catalog's frameworks. A catalogued current
 * framework is its own catalog entry; a stack outside the catalog becomes an entry with the id
 * {@link #ID}, built from the profile alone: its language, the runtime and request model usual for
 * that language, and nothing else, every fact marked as taken from the profile.
 */
public final class StatusQuo {
  /** The id of the option "stay on a stack outside the catalog"; no catalog framework uses it. */
  public static final String ID = "current";

  private static final String SOURCE = "profile";

  private StatusQuo() {}

  /** True when {@code framework} is the stack the team runs today. */
  public static boolean isCurrent(Framework framework, Optional<CurrentStack> current) {
    return framework.id().equals(ID)
        || current.flatMap(CurrentStack::framework).filter(framework.id()::equals).isPresent();
  }

  /** The entry of a stack outside the catalog, from what the profile says about it. */
  public static Framework outsideCatalog(CurrentStack current, LocalDate today) {
    Language language = current.language().orElseThrow();
    String from = "from the profile's current section";
    return new Framework(
        ID,
        current.name(),
        "",
        "",
        fact(List.of(language), today, from),
        fact(Switching.runtimeOf(language), today, "the usual runtime for this language"),
        fact("NOASSERTION", today, "not known"),
        fact(today.getYear(), today, "not known: the stack's own age is not recorded"),
        fact(
            new Version(
                current.version().isEmpty() ? "unknown" : current.version(),
                null,
                current.version().isEmpty() ? "unknown" : current.version(),
                null,
                false),
            today,
            from),
        fact(Switching.modelOf(language), today, "the usual request model for this language"),
        List.of(),
        fact(Structure.FLEXIBLE, today, "not known"),
        fact(Philosophy.MODULAR, today, "not known"),
        Map.of(),
        fact(LearningCurve.LOW, today, "the team runs it today"),
        "",
        fact(Governance.INDIVIDUAL, today, "not known"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        fact(List.of(), today, from),
        Map.of(
            SOURCE,
            new Source(
                SOURCE, "the profile's current section (the team's own account)", "", today)));
  }

  private static <T> Fact<T> fact(T value, LocalDate today, String note) {
    return new Fact<>(value, SOURCE, today, false, note);
  }
}
