package dev.stackfit.core.profile;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hard filters: a framework failing any of them is excluded, with the reason. Empty allow-lists
 * mean "any".
 *
 * @param languages allowed languages
 * @param excludeLanguages languages that must not be used
 * @param runtimes allowed runtimes
 * @param excludeRuntimes runtimes that must not be used
 * @param require features that must be built in or first-party
 * @param licenses allowed SPDX license ids
 * @param frameworks restrict the evaluation to these framework ids
 */
public record Constraints(
    Set<Language> languages,
    Set<Language> excludeLanguages,
    Set<Runtime> runtimes,
    Set<Runtime> excludeRuntimes,
    Set<Feature> require,
    List<String> licenses,
    Set<String> frameworks) {
  public static final Constraints NONE =
      new Constraints(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());

  public Constraints {
    languages = EnumSets.copy(Language.class, languages);
    excludeLanguages = EnumSets.copy(Language.class, excludeLanguages);
    runtimes = EnumSets.copy(Runtime.class, runtimes);
    excludeRuntimes = EnumSets.copy(Runtime.class, excludeRuntimes);
    require = EnumSets.copy(Feature.class, require);
    licenses = List.copyOf(licenses);
    frameworks = Collections.unmodifiableSet(new TreeSet<>(frameworks));
  }
}
