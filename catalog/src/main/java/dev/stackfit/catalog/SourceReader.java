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
import java.util.regex.Pattern;

/**
 * Reads the {@code sources} list every catalog file carries and checks that each citation names one
 * of them.
 */
final class SourceReader {
  private static final Pattern HTTP = Pattern.compile("https?://[^\\s/]+(/\\S*)?");

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
    // A document without an address (the guide) leaves url out and is named by its title.
    // A bad url is reported but keeps the source, so its citations raise no further problems.
    Optional<String> url = s.optional("url").flatMap(SourceReader::url);
    Optional<LocalDate> accessed = facts.date(s, "accessed", DateRole.PAST, true);
    Optional<LocalDate> published = facts.date(s, "published", DateRole.PAST, false);
    s.rejectUnknownKeys();
    if (id.isEmpty() || title.isEmpty() || accessed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Source(id.get(), title.get(), url.orElse(""), accessed.get(), published));
  }

  /** An http(s) address a reader can open; paths and other schemes are reported. */
  private static Optional<String> url(ValueReader value) {
    Optional<String> url = value.asString();
    if (url.isPresent() && !HTTP.matcher(url.get()).matches()) {
      value.report(
          "\""
              + url.get()
              + "\" is not an http(s) address a reader can open; cite a primary source, or leave"
              + " url out for a document without an address");
      return Optional.empty();
    }
    return url;
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
