package dev.stackfit.formats.profile;

import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.profile.PainKind;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads the optional {@code current} section: the stack in production today, by catalog id or, for
 * a stack outside the catalog, by name and language; its size; and what hurts.
 */
final class CurrentSection {
  static final int MAX_NAME = 120;
  static final int MAX_NOTE = 500;
  static final int MAX_ENDPOINTS = 100_000;
  static final double MAX_KLOC = 100_000;

  private CurrentSection() {}

  /**
   * @param frameworkNames display names of the catalog's frameworks, by id
   */
  static Optional<CurrentStack> read(MappingReader current, Map<String, String> frameworkNames) {
    Optional<String> framework =
        current.optional("framework").flatMap(v -> frameworkId(v, frameworkNames));
    Optional<String> name = current.optional("name").flatMap(v -> text(v, MAX_NAME));
    Optional<Language> language = current.optional("language").flatMap(v -> v.asId(Language.class));
    String version = current.optional("version").flatMap(v -> text(v, 40)).orElse("");
    OptionalInt endpoints =
        current
            .optional("endpoints")
            .flatMap(v -> v.asInt(1, MAX_ENDPOINTS))
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    OptionalDouble kloc =
        current
            .optional("kloc")
            .flatMap(v -> v.asNumber(0.1, MAX_KLOC))
            .map(OptionalDouble::of)
            .orElse(OptionalDouble.empty());
    List<Pain> pains = current.list("pains", v -> v.asMapping().flatMap(CurrentSection::pain));
    current.rejectUnknownKeys();
    boolean byId = current.has("framework");
    boolean byName = current.has("name");
    if (byId == byName) {
      current
          .problems()
          .add(
              current.node(),
              current.path(),
              "name the current stack with either framework (a catalog id) or name and language");
      return Optional.empty();
    }
    if (byName && !current.has("language")) {
      current
          .problems()
          .add(
              current.node(),
              current.path(),
              "a stack outside the catalog needs its language (for example language: java)");
      return Optional.empty();
    }
    if (byId && current.has("language")) {
      current
          .optional("language")
          .ifPresent(v -> v.report("the catalog gives the language of a catalogued framework"));
      return Optional.empty();
    }
    if (byId ? framework.isEmpty() : name.isEmpty() || language.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CurrentStack(
            framework,
            byId ? frameworkNames.get(framework.get()) : name.get(),
            language,
            version,
            endpoints,
            kloc,
            pains));
  }

  private static Optional<Pain> pain(MappingReader pain) {
    Optional<PainKind> kind = pain.required("kind").flatMap(v -> v.asId(PainKind.class));
    String note = pain.optional("note").flatMap(v -> text(v, MAX_NOTE)).orElse("");
    pain.rejectUnknownKeys();
    return kind.map(k -> new Pain(k, note));
  }

  private static Optional<String> frameworkId(ValueReader value, Map<String, String> names) {
    Optional<String> id = value.asString();
    if (id.isPresent() && !names.containsKey(id.get())) {
      value.report(
          "unknown framework id \""
              + id.get()
              + "\"; for a stack outside the catalog give name and language instead");
      return Optional.empty();
    }
    return id;
  }

  /** A non-blank string of at most {@code max} characters. */
  static Optional<String> text(ValueReader value, int max) {
    Optional<String> text = value.asString().map(String::strip);
    if (text.isPresent() && text.get().isEmpty()) {
      value.report("must not be blank");
      return Optional.empty();
    }
    if (text.isPresent() && text.get().length() > max) {
      value.report("is " + text.get().length() + " characters long; at most " + max + " fit");
      return Optional.empty();
    }
    return text;
  }
}
