package dev.stackfit.catalog;

import dev.stackfit.catalog.FileChecks.DateRole;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Readers for the structured fact values: version, performance, footprint, releases, health. */
final class FactValues {
  private static final int MAX_COUNT = 100_000_000;

  private final FactReader facts;

  FactValues(FactReader facts) {
    this.facts = facts;
  }

  Optional<Version> version(ValueReader value) {
    return value.asMapping().flatMap(this::version);
  }

  private Optional<Version> version(MappingReader v) {
    Optional<String> major = v.required("major").flatMap(ValueReader::asString);
    Optional<ValueReader> releasedNode = v.optional("released");
    LocalDate released = facts.date(v, "released", DateRole.PAST, false).orElse(null);
    if (released != null) {
      facts.checks().versionReleased = releasedNode.map(n -> Located.at(n, released));
    }
    Optional<String> latest = v.required("latest").flatMap(ValueReader::asString);
    LocalDate latestDate = facts.date(v, "latestDate", DateRole.PAST, false).orElse(null);
    boolean preOne = v.bool("preOne", false);
    v.rejectUnknownKeys();
    if (major.isEmpty() || latest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Version(major.get(), released, latest.get(), latestDate, preOne));
  }

  Optional<Performance> performance(ValueReader value) {
    return value
        .asMapping()
        .flatMap(
            p -> {
              Optional<String> variant = p.required("variant").flatMap(ValueReader::asString);
              double json = p.number("jsonRps", 0, Double.MAX_VALUE, 0);
              double fortunes = p.number("fortunesRps", 0, Double.MAX_VALUE, 0);
              Optional<Integer> threads =
                  p.required("hardwareThreads").flatMap(t -> t.asInt(1, 100_000));
              String orm = oneOf(p, "orm", List.of("full", "micro", "raw"));
              String driver = oneOf(p, "driver", List.of("blocking", "async"));
              String database = oneOf(p, "database", List.of("postgres", "mysql", "mongodb"));
              p.rejectUnknownKeys();
              return variant.isEmpty() || threads.isEmpty()
                  ? Optional.empty()
                  : Optional.of(
                      new Performance(
                          variant.get(), json, fortunes, threads.get(), orm, driver, database));
            });
  }

  /** An optional value from {@code allowed}; "" when absent or reported as wrong. */
  private static String oneOf(MappingReader map, String key, List<String> allowed) {
    Optional<ValueReader> value = map.optional(key);
    Optional<String> text = value.flatMap(ValueReader::asString);
    if (text.isPresent() && !allowed.contains(text.get())) {
      value.get().report("\"" + text.get() + "\" is not one of " + String.join(", ", allowed));
      return "";
    }
    return text.orElse("");
  }

  Optional<Footprint> footprint(ValueReader value) {
    return value
        .asMapping()
        .flatMap(
            f -> {
              Optional<Integer> memory =
                  f.required("idleMemoryMb").flatMap(m -> m.asInt(1, 1_048_576));
              Optional<Integer> startup =
                  f.required("startupMs").flatMap(s -> s.asInt(1, 3_600_000));
              f.rejectUnknownKeys();
              return memory.isEmpty() || startup.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new Footprint(memory.get(), startup.get()));
            });
  }

  /** The {@code releases} section: shared evidence and a list of release lines, newest first. */
  Optional<Fact<List<Release>>> releases(MappingReader releases) {
    Optional<List<Release>> lines =
        releases
            .required("lines")
            .flatMap(l -> l.asList(line -> line.asMapping().flatMap(this::release)));
    Optional<Fact<List<Release>>> fact = facts.evidence(releases, lines);
    releases.rejectUnknownKeys();
    return fact;
  }

  private Optional<Release> release(MappingReader r) {
    Optional<String> line = r.required("line").flatMap(ValueReader::asString);
    Optional<LocalDate> released = facts.date(r, "released", DateRole.PAST, true);
    LocalDate activeEnd = facts.date(r, "activeSupportEnd", DateRole.SCHEDULED, false).orElse(null);
    LocalDate eol = facts.date(r, "eol", DateRole.SCHEDULED, false).orElse(null);
    boolean lts = r.bool("lts", false);
    r.rejectUnknownKeys();
    if (line.isEmpty() || released.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Release(line.get(), released.get(), activeEnd, eol, lts));
  }

  /** The {@code health} section; every figure is optional. */
  Optional<Health> health(MappingReader h) {
    Optional<String> source = facts.source(h);
    Optional<LocalDate> asOf = facts.date(h, "asOf", DateRole.AS_OF, true);
    Integer stars = h.optional("stars").flatMap(v -> v.asInt(0, MAX_COUNT)).orElse(null);
    Integer contributors =
        h.optional("contributors").flatMap(v -> v.asInt(0, MAX_COUNT)).orElse(null);
    Double perYear = h.optional("releasesPerYear").flatMap(v -> v.asNumber(0, 10_000)).orElse(null);
    Double firstResponse =
        h.optional("medianFirstResponseDays").flatMap(v -> v.asNumber(0, 10_000)).orElse(null);
    Double closure =
        h.optional("changeRequestClosureRatio").flatMap(v -> v.asNumber(0, 100)).orElse(null);
    Integer absence =
        h.optional("contributorAbsenceFactor").flatMap(v -> v.asInt(0, MAX_COUNT)).orElse(null);
    Double scorecard = h.optional("scorecard").flatMap(v -> v.asNumber(0, 10)).orElse(null);
    boolean archived = h.bool("archived", false);
    // The Scorecard figure may come from another source than the rest (deps.dev vs GitHub).
    h.optional("scorecardSource").ifPresent(v -> facts.cite(v));
    h.expect("note");
    h.rejectUnknownKeys();
    if (source.isEmpty() || asOf.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Health(
            asOf.get(),
            source.get(),
            stars,
            contributors,
            perYear,
            firstResponse,
            closure,
            absence,
            scorecard,
            archived));
  }
}
