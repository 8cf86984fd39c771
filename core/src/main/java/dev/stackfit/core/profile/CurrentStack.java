package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The stack a team runs today, when it has one: staying on it is then an option beside the
 * alternatives, and moving away from it has a cost.
 *
 * @param framework the catalog id of the current framework, when it is in the catalog
 * @param name display name: the framework's, or what the profile calls an uncatalogued stack
 * @param language the stack's language; for a catalogued framework, empty (the catalog says)
 * @param version the version in production; empty when not given
 * @param endpoints routes or endpoints, when known
 * @param kloc thousands of lines of application code, when known
 * @param pains what hurts, each with a note
 */
public record CurrentStack(
    Optional<String> framework,
    String name,
    Optional<Language> language,
    String version,
    OptionalInt endpoints,
    OptionalDouble kloc,
    List<Pain> pains) {
  public CurrentStack {
    if (framework.isEmpty() && language.isEmpty()) {
      throw new IllegalArgumentException("a current stack names a catalog framework or a language");
    }
    if (name == null || name.isBlank() || version == null) {
      throw new IllegalArgumentException("a current stack needs a name");
    }
    pains = List.copyOf(pains);
  }

  /** A catalogued framework in production today. */
  public static CurrentStack of(String frameworkId, String name, List<Pain> pains) {
    return new CurrentStack(
        Optional.of(frameworkId),
        name,
        Optional.empty(),
        "",
        OptionalInt.empty(),
        OptionalDouble.empty(),
        pains);
  }

  /** The kinds of pain, without their notes. */
  public Set<PainKind> painKinds() {
    Set<PainKind> kinds = EnumSet.noneOf(PainKind.class);
    pains.forEach(p -> kinds.add(p.kind()));
    return kinds;
  }

  /** True when the team reports {@code kind}. */
  public boolean hurts(PainKind kind) {
    return pains.stream().anyMatch(p -> p.kind() == kind);
  }
}
