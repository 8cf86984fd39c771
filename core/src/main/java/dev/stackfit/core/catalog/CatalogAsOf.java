package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as it stood on a past day, so that an evaluation "as of" that day (recommend {@code
 * --today}, backtests) sees what a team could have seen then: frameworks first released later are
 * left out, and each framework's newest release, current line and release lines are those dated on
 * or before the day; a support policy whose source was published later is left out, and without a
 * policy known on the day, a line's end of life counts only once a newer line was out. Git activity
 * figures and runtime lines are looked up by the day where they are used. What the catalog cannot
 * date stays as it is today (features, governance, benchmark figures); docs/engine.md, "Time
 * travel", lists it.
 */
public final class CatalogAsOf {
  private CatalogAsOf() {}

  /**
   * A framework not yet released on the day.
   *
   * @param framework the entry
   * @param reason "not yet released on DAY (first release ...)"
   */
  public record Unreleased(Framework framework, String reason) {}

  /**
   * The view and what it left out.
   *
   * @param catalog the frameworks released by the day, each as it stood then
   * @param unreleased the frameworks first released after the day
   */
  public record View(Catalog catalog, List<Unreleased> unreleased) {}

  /** The catalog as of {@code day}; frameworks and facts dated later are left out. */
  public static View of(Catalog catalog, LocalDate day) {
    List<Framework> released = new ArrayList<>();
    List<Unreleased> unreleased = new ArrayList<>();
    for (Framework framework : catalog.frameworks()) {
      LocalDate first = firstReleased(framework);
      if (first.isAfter(day)) {
        unreleased.add(
            new Unreleased(
                framework,
                "not yet released on "
                    + day
                    + " (first released "
                    + framework
                        .firstReleaseDate()
                        .map(LocalDate::toString)
                        .orElse(String.valueOf(framework.firstRelease().value()))
                    + ")"));
      } else {
        released.add(asOf(framework, day));
      }
    }
    return new View(new Catalog(catalog.asOf(), released, catalog.runtimes()), unreleased);
  }

  /**
   * The first release day: from the tags when they give it, else 1 July of the catalog's first
   * release year (the middle of the year, when only the year is known).
   */
  public static LocalDate firstReleased(Framework framework) {
    return framework
        .firstReleaseDate()
        .orElse(LocalDate.of(framework.firstRelease().value(), Month.JULY, 1));
  }

  /** {@code framework} as it stood on {@code day}; the same entry when nothing was dated later. */
  static Framework asOf(Framework framework, LocalDate day) {
    Fact<Version> version = versionAsOf(framework, day);
    // Governance that changed on a known day (a move to a foundation) counts as it was then.
    Fact<Governance> governance = framework.governance().on(day).orElse(framework.governance());
    // The request model as it was, and only the options released by then (Django's async views
    // came with 3.1, Spring Boot's virtual threads with 3.2).
    Fact<RequestModel> model = framework.requestModel().on(day).orElse(framework.requestModel());
    Fact<List<RequestModel>> options =
        framework
            .options()
            .on(day)
            .orElseGet(() -> framework.requestModel().map(m -> List.<RequestModel>of()));
    // The policy in force on the day (an earlier wording before a later one took over), and only
    // once its source had said it.
    Optional<Fact<String>> policy =
        framework
            .supportPolicy()
            .flatMap(p -> p.on(day))
            .filter(p -> publishedBy(framework, p.source(), day));
    Optional<Fact<List<Release>>> releases =
        framework
            .releases()
            // From the day the catalog read the lines on, every end it records was known.
            .map(
                r ->
                    r.map(
                        lines ->
                            Release.asOf(
                                lines, day, policy.isPresent() || !day.isBefore(r.asOf()))));
    Map<Feature, Fact<FeatureSupport>> features = new EnumMap<>(Feature.class);
    framework
        .features()
        .forEach((feature, fact) -> fact.on(day).ifPresent(level -> features.put(feature, level)));
    if (version == framework.version()
        && governance == framework.governance()
        && model == framework.requestModel()
        && options == framework.options()
        && policy.equals(framework.supportPolicy())
        && releases.equals(framework.releases())
        && features.equals(framework.features())) {
      return framework;
    }
    return new Framework(
        framework.id(),
        framework.name(),
        framework.homepage(),
        framework.repository(),
        framework.languages(),
        framework.runtime(),
        framework.license(),
        framework.firstRelease(),
        version,
        model,
        options,
        framework.structure(),
        framework.philosophy(),
        features,
        framework.learningCurve(),
        framework.learningNotes(),
        governance,
        policy,
        releases,
        framework.health(),
        framework.performance(),
        framework.footprint(),
        framework.bestFor(),
        framework.sources(),
        framework.git(),
        framework.firstReleaseDay(),
        framework.extendsFramework());
  }

  /** False when the fact's source is dated as first published after {@code day}. */
  static boolean publishedBy(Framework framework, String sourceId, LocalDate day) {
    Source source = framework.sources().get(sourceId);
    return source == null || source.publishedBy(day);
  }

  /**
   * The newest release on {@code day}: from the tags when the catalog has them, else from the
   * release lines; when neither reaches back, the major line and date are unknown. Newest means the
   * highest version, not the latest tag: maintainers patch older lines on the same day as the
   * current one (Rails tagged 3.2.6, 3.1.6 and 3.0.14 on 2012-06-12) or after it.
   */
  static Fact<Version> versionAsOf(Framework framework, LocalDate day) {
    Fact<Version> today = framework.version();
    Version current = today.value();
    if (current.latestDate() != null && !current.latestDate().isAfter(day)) {
      return today;
    }
    Optional<TaggedRelease> tagged =
        framework.taggedReleasesAsOf(day).stream()
            .filter(t -> !t.preRelease())
            .max(Comparator.comparing(TaggedRelease::version, CatalogAsOf::compareVersions));
    if (tagged.isPresent()) {
      TaggedRelease t = tagged.get();
      String major = majorOf(t.version());
      LocalDate majorReleased =
          framework.taggedReleasesAsOf(day).stream()
              .filter(r -> !r.preRelease() && majorOf(r.version()).equals(major))
              .map(TaggedRelease::date)
              .min(Comparator.naturalOrder())
              .orElse(t.date());
      return dated(
          framework,
          new Version(major, majorReleased, t.version(), t.date(), preOne(major)),
          "as of " + day + ", from the repository's release tags");
    }
    Optional<Release> line =
        framework.releaseLinesAsOf(day).stream().max(Comparator.comparing(Release::released));
    if (line.isPresent()) {
      Release r = line.get();
      return dated(
          framework,
          new Version(r.line(), r.released(), r.line(), r.released(), preOne(r.line())),
          "as of " + day + ", from the release lines (the newest line's first release)");
    }
    return new Fact<>(
        new Version("unknown", null, "unknown", null, false),
        today.source(),
        day,
        false,
        "the catalog does not record which version was current on " + day);
  }

  private static Fact<Version> dated(Framework framework, Version version, String note) {
    Fact<Version> today = framework.version();
    return new Fact<>(version, today.source(), version.latestDate(), today.verified(), note);
  }

  /**
   * Orders version strings by their numbers: "3.2.6" after "3.0.14", "10.0" after "9.5", "1.2.1"
   * after "1.2". Only the digits count, so a prefix or a build suffix does not reorder them.
   */
  static int compareVersions(String left, String right) {
    String[] a = left.replaceAll("^[^0-9]+", "").split("[^0-9]+");
    String[] b = right.replaceAll("^[^0-9]+", "").split("[^0-9]+");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int order = compareNumbers(a[i], b[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  /** Compares two digit strings as numbers of any length ("" counts as 0). */
  private static int compareNumbers(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  /** True for a line or major of a project before 1.0: "0", "0.9". */
  static boolean preOne(String line) {
    return line.equals("0") || line.startsWith("0.");
  }

  /** "5" of "5.2.1", "0.9" of "0.9.3" (pre-1.0 projects treat minors as lines). */
  static String majorOf(String version) {
    String[] parts = version.split("[.]");
    return parts[0].equals("0") && parts.length > 1 ? "0." + parts[1] : parts[0];
  }
}
