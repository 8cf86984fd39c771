package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The release lines and support policy of a runtime (Node, CPython, a JDK build, .NET...), so the
 * engine can weigh the runtime's support horizon as well as the framework's.
 *
 * @param runtime the runtime these lines belong to
 * @param name display name ("Node.js", "Eclipse Temurin")
 * @param languages the languages this lifecycle applies to on its runtime (Go on {@code native});
 *     empty when it applies to every framework on the runtime
 * @param supportPolicy the written support policy; empty when none is published
 * @param releases release lines, newest first, with their evidence
 * @param sources every source the facts cite, by id
 */
public record RuntimeLifecycle(
    Runtime runtime,
    String name,
    List<Language> languages,
    Optional<Fact<String>> supportPolicy,
    Fact<List<Release>> releases,
    Map<String, Source> sources) {
  public RuntimeLifecycle {
    if (runtime == null || name == null || name.isBlank() || releases == null) {
      throw new IllegalArgumentException(
          "a runtime lifecycle needs a runtime, a name and releases");
    }
    languages = List.copyOf(languages);
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
  }

  /** True when a framework in {@code language} on this runtime runs on these lines. */
  public boolean appliesTo(Language language) {
    return languages.isEmpty() || languages.contains(language);
  }

  /**
   * The line supported longest after {@code today}: of the lines out by then, the one with the
   * latest announced end of life that has not passed; empty when every known line has ended or none
   * has a date.
   */
  public Optional<Release> longestSupported(LocalDate today) {
    return releases.value().stream()
        .filter(r -> r.releasedBy(today) && r.eol() != null && !r.eol().isBefore(today))
        .max(Comparator.comparing(Release::eol));
  }

  /** The runtime's lines released on or before {@code day}, newest first. */
  public List<Release> linesAsOf(LocalDate day) {
    return Release.asOf(releases.value(), day);
  }
}
