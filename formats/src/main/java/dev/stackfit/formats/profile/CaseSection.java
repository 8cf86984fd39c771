package dev.stackfit.formats.profile;

import dev.stackfit.core.backtest.DecisionCase;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional {@code case} section of a backtest profile: the documented real decision it
 * describes (examples/backtest/README.md).
 */
final class CaseSection {
  static final int MAX_TEXT = 1_000;

  private CaseSection() {}

  static Optional<DecisionCase> read(MappingReader section, Set<String> frameworkIds) {
    Optional<MappingReader> source = section.mapping("source");
    if (source.isEmpty() && !section.has("source")) {
      section.problems().add(section.node(), section.path(), "a case needs its source");
    }
    Optional<String> title =
        source.flatMap(s -> s.required("title")).flatMap(v -> CurrentSection.text(v, MAX_TEXT));
    Optional<String> url = source.flatMap(s -> s.required("url")).flatMap(CaseSection::url);
    Optional<LocalDate> published =
        source
            .flatMap(s -> s.optional("published"))
            .filter(v -> !v.isNull())
            .flatMap(ValueReader::asDate);
    source.ifPresent(MappingReader::rejectUnknownKeys);
    Optional<LocalDate> decided = section.required("decided").flatMap(ValueReader::asDate);
    Optional<String> chose = section.required("chose").flatMap(v -> id(v, frameworkIds));
    List<String> considered = section.list("considered", v -> id(v, frameworkIds));
    List<String> reasons = section.list("reasons", v -> CurrentSection.text(v, MAX_TEXT));
    List<String> assumptions = section.list("assumptions", v -> CurrentSection.text(v, MAX_TEXT));
    section.rejectUnknownKeys();
    if (decided.isEmpty() || chose.isEmpty() || title.isEmpty() || url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DecisionCase(
            decided.get(),
            chose.get(),
            considered,
            title.get(),
            url.get(),
            published,
            reasons,
            assumptions));
  }

  private static Optional<String> id(ValueReader value, Set<String> ids) {
    Optional<String> id = value.asString();
    if (id.isPresent() && !ids.contains(id.get())) {
      value.report("unknown framework id \"" + id.get() + '"');
      return Optional.empty();
    }
    return id;
  }

  private static Optional<String> url(ValueReader value) {
    Optional<String> text = CurrentSection.text(value, MAX_TEXT);
    if (text.isPresent() && !text.get().matches("https?://\\S+")) {
      value.report("must be an http(s) address");
      return Optional.empty();
    }
    return text;
  }
}
