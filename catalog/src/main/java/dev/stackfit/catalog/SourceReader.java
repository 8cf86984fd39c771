package dev.stackfit.catalog;

import dev.stackfit.catalog.FileChecks.DateRole;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code sources} list every catalog file carries and checks that each citation names one
 * of them.
 */
final class SourceReader {
  private final FactReader facts;

  SourceReader(FactReader facts) {
    this.facts = facts;
  }

  Map<String, Source> sources(ValueReader list) {
    Map<String, Source> sources = new LinkedHashMap<>();
    list.asList(item -> item.asMapping().flatMap(this::source))
        .orElse(List.of())
        .forEach(s -> sources.putIfAbsent(s.id(), s));
    return sources;
  }

  private Optional<Source> source(MappingReader s) {
    Optional<String> id = s.required("id").flatMap(v -> v.asString().map(i -> declare(v, i)));
    Optional<String> title = s.required("title").flatMap(ValueReader::asString);
    Optional<String> url = s.required("url").flatMap(ValueReader::asString);
    Optional<LocalDate> accessed = facts.date(s, "accessed", DateRole.PAST, true);
    s.rejectUnknownKeys();
    if (id.isEmpty() || title.isEmpty() || url.isEmpty() || accessed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Source(id.get(), title.get(), url.get(), accessed.get()));
  }

  private String declare(ValueReader at, String id) {
    FileChecks checks = facts.checks();
    boolean duplicate = checks.declaredSources.stream().anyMatch(d -> d.value().equals(id));
    if (duplicate) {
      at.report("source id \"" + id + "\" is declared twice");
    }
    checks.declaredSources.add(Located.at(at, id));
    return id;
  }

  /** Reports every citation of a source that {@code sources} lacks. */
  void checkCitations(Problems problems, Map<String, Source> sources) {
    for (Located<String> citation : facts.checks().citations) {
      if (!sources.containsKey(citation.value())) {
        problems.add(
            citation.line(),
            citation.column(),
            citation.path(),
            "cites source \"" + citation.value() + "\", which is not in sources");
      }
    }
  }
}
