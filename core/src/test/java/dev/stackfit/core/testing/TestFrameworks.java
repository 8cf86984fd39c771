package dev.stackfit.core.testing;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.GitFacts;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Health;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test-data builder for catalog entries: sensible defaults, change only what a test is about. */
public final class TestFrameworks {
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private String id = "test-framework";
  private String name = "Test Framework";
  private List<Language> languages = List.of(Language.JAVA);
  private Runtime runtime = Runtime.JVM;
  private String license = "MIT";
  private int firstRelease = 2012;
  private Version version =
      new Version("3", LocalDate.of(2024, 1, 10), "3.4.1", LocalDate.of(2026, 10, 1), false);
  private RequestModel model = RequestModel.THREAD_PER_REQUEST;
  private List<RequestModel> also = List.of();
  private LocalDate alsoSince;
  private Structure structure = Structure.CONVENTION;
  private Philosophy philosophy = Philosophy.BATTERIES;
  private final Map<Feature, Fact<FeatureSupport>> features = new EnumMap<>(Feature.class);
  private LearningCurve curve = LearningCurve.MODERATE;
  private Governance governance = Governance.COMMUNITY;
  private Optional<Fact<String>> policy = Optional.empty();
  private Optional<Fact<List<Release>>> releases = Optional.empty();
  private Optional<Health> health = Optional.empty();
  private GitFacts git = GitFacts.NONE;
  private LocalDate firstReleaseDay;
  private String extendsFramework;

  /** An add-on to the framework {@code baseId}. */
  private LocalDate policyPublished;

  public TestFrameworks extendsFramework(String baseId) {
    this.extendsFramework = baseId;
    return this;
  }

  private Optional<Fact<Performance>> performance = Optional.empty();
  private Optional<Fact<Footprint>> footprint = Optional.empty();
  private boolean verified = true;

  public static TestFrameworks framework(String id) {
    TestFrameworks builder = new TestFrameworks();
    builder.id = id;
    builder.name = id.substring(0, 1).toUpperCase() + id.substring(1);
    return builder;
  }

  private static <T> Fact<T> fact(T value) {
    return Fact.of(value, "src", AS_OF);
  }

  public TestFrameworks name(String value) {
    this.name = value;
    return this;
  }

  public TestFrameworks languages(Language... values) {
    this.languages = List.of(values);
    return this;
  }

  public TestFrameworks runtime(Runtime value) {
    this.runtime = value;
    return this;
  }

  public TestFrameworks license(String value) {
    this.license = value;
    return this;
  }

  public TestFrameworks firstRelease(int year) {
    this.firstRelease = year;
    return this;
  }

  /** The exact first release day (the year follows it). */
  public TestFrameworks firstReleased(LocalDate day) {
    this.firstRelease = day.getYear();
    this.firstReleaseDay = day;
    return this;
  }

  public TestFrameworks version(Version value) {
    this.version = value;
    return this;
  }

  public TestFrameworks preOne() {
    this.version = new Version("0.x", null, "0.9.0", LocalDate.of(2026, 10, 1), true);
    return this;
  }

  /** A request model whose options arrived with a release on {@code optionsSince}. */
  public TestFrameworks model(
      RequestModel value, LocalDate optionsSince, RequestModel... alsoSupports) {
    model(value, alsoSupports);
    this.alsoSince = optionsSince;
    return this;
  }

  public TestFrameworks model(RequestModel value, RequestModel... alsoSupports) {
    this.model = value;
    this.also = List.of(alsoSupports);
    return this;
  }

  public TestFrameworks structure(Structure value) {
    this.structure = value;
    return this;
  }

  public TestFrameworks philosophy(Philosophy value) {
    this.philosophy = value;
    return this;
  }

  public TestFrameworks curve(LearningCurve value) {
    this.curve = value;
    return this;
  }

  public TestFrameworks governance(Governance value) {
    this.governance = value;
    return this;
  }

  public TestFrameworks policy(String text) {
    this.policy = Optional.of(fact(text));
    return this;
  }

  /** A support policy whose source first stated it on {@code published}. */
  public TestFrameworks policy(String text, LocalDate published) {
    this.policy = Optional.of(new Fact<>(text, "policy", AS_OF, true, ""));
    this.policyPublished = published;
    return this;
  }

  /** A support policy worded {@code text} since {@code since}, {@code earlier} before it. */
  public TestFrameworks policy(String text, LocalDate since, String earlier) {
    this.policy =
        Optional.of(
            new Fact<>(
                text, "src", AS_OF, true, "", Optional.of(since), Optional.of(fact(earlier))));
    return this;
  }

  public TestFrameworks releases(Release... lines) {
    this.releases = Optional.of(fact(List.of(lines)));
    return this;
  }

  public TestFrameworks health(Health value) {
    this.health = Optional.of(value);
    return this;
  }

  /** Figures read from the repository's git history. */
  public TestFrameworks history(RepositoryHistory value) {
    this.git = git.withHistory(Optional.of(value));
    return this;
  }

  /** Why the catalog has no git figures. */
  public TestFrameworks gitUnavailable(String reason) {
    this.git = new GitFacts(git.releaseTags(), Optional.of(reason), git.history());
    return this;
  }

  public TestFrameworks fortunes(double rps) {
    this.performance =
        Optional.of(
            Fact.of(new Performance(id, rps * 3, rps, 28), "tfb", LocalDate.of(2023, 9, 19)));
    return this;
  }

  /** Fortunes figures with the variant's data access recorded. */
  public TestFrameworks fortunes(double rps, String orm, String driver) {
    this.performance =
        Optional.of(
            Fact.of(
                new Performance(id, rps * 3, rps, 28, orm, driver, "postgres"),
                "tfb",
                LocalDate.of(2023, 9, 19)));
    return this;
  }

  public TestFrameworks footprint(int memoryMb, int startupMs) {
    this.footprint = Optional.of(fact(new Footprint(memoryMb, startupMs)));
    return this;
  }

  public TestFrameworks unverified() {
    this.verified = false;
    return this;
  }

  public TestFrameworks feature(Feature feature, Support support) {
    features.put(
        feature,
        fact(
            new FeatureSupport(
                support, support == Support.NONE ? "" : "provider of " + feature.id())));
    return this;
  }

  /**
   * A feature that arrived at {@code support} on {@code since}, provided as {@code before} earlier.
   */
  public TestFrameworks feature(Feature feature, Support support, LocalDate since, Support before) {
    features.put(
        feature,
        dated(
            new FeatureSupport(support, "provider of " + feature.id()),
            since,
            Optional.of(fact(new FeatureSupport(before, "earlier provider of " + feature.id())))));
    return this;
  }

  /** A feature that arrived on {@code since}. */
  public TestFrameworks feature(Feature feature, Support support, LocalDate since) {
    features.put(
        feature,
        dated(new FeatureSupport(support, "provider of " + feature.id()), since, Optional.empty()));
    return this;
  }

  private static <T> Fact<T> dated(T value, LocalDate since, Optional<Fact<T>> before) {
    return new Fact<>(value, "src", AS_OF, true, "", Optional.of(since), before);
  }

  private Map<String, Source> sources() {
    Map<String, Source> sources = new TreeMap<>();
    sources.put("src", new Source("src", "test source", "https://example.org", AS_OF));
    sources.put("tfb", new Source("tfb", "TFB", "https://example.org/tfb", AS_OF));
    if (policyPublished != null) {
      sources.put(
          "policy",
          new Source(
              "policy",
              "support policy",
              "https://example.org/policy",
              AS_OF,
              Optional.of(policyPublished)));
    }
    return sources;
  }

  public Framework build() {
    Fact<List<Language>> langs = new Fact<>(languages, "src", AS_OF, verified, "");
    return new Framework(
        id,
        name,
        "https://example.org/" + id,
        "example/" + id,
        langs,
        fact(runtime),
        fact(license),
        fact(firstRelease),
        fact(version),
        fact(model),
        alsoSince == null
            ? fact(List.copyOf(also))
            : new Fact<>(
                List.copyOf(also),
                "src",
                AS_OF,
                true,
                "",
                Optional.of(alsoSince),
                Optional.of(fact(List.<RequestModel>of()))),
        fact(structure),
        fact(philosophy),
        features,
        fact(curve),
        "",
        fact(governance),
        policy,
        releases,
        health,
        performance,
        footprint,
        fact(List.of("testing")),
        sources(),
        git,
        Optional.ofNullable(firstReleaseDay),
        Optional.ofNullable(extendsFramework));
  }
}
