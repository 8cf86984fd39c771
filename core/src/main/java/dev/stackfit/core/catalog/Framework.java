package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One catalog entry: sourced, dated facts about a backend framework.
 *
 * <p>Optional facts ({@code performance}, {@code footprint}, {@code health}, {@code supportPolicy})
 * are empty when no source gave them; the engine then says so in its reasons instead of guessing.
 *
 * @param id stable kebab-case id (docs/contracts/README.md, "Identifiers")
 * @param name display name
 * @param homepage project home page
 * @param repository "owner/name" of the main source repository
 * @param languages languages the framework is used from, primary first
 * @param runtime the runtime it runs on
 * @param license SPDX license expression
 * @param firstRelease year of the first public release
 * @param version the current major line and newest release
 * @param requestModel the default request model
 * @param options other request models available as an option (virtual threads, ASGI, ...), with the
 *     evidence and history of the request model they sit beside (an option a release added is not
 *     offered before it)
 * @param structure convention-heavy or flexible
 * @param philosophy batteries-included or modular
 * @param features every feature the framework provides or the ecosystem fills; missing = none
 * @param learningCurve how steep the framework is for a developer who knows the language
 * @param learningNotes what makes it easy or hard to learn
 * @param governance who backs it
 * @param supportPolicy the written support policy, if one is published
 * @param releases release lines with support dates, newest first; empty when not sourced
 * @param health community-health figures; empty when not yet imported
 * @param performance TechEmpower lab figures for its own variant; empty when not measured
 * @param footprint typical memory and start-up; empty when no source gives it
 * @param bestFor the kinds of project the framework is known to suit, with sources
 * @param sources every source the facts cite, by id
 * @param git release-tag patterns and the figures read from the repository's git history
 * @param firstReleaseDay the exact day of the first public release, when a source gives it (the
 *     {@code firstRelease} fact written as a date); empty when only the year is known
 * @param extendsFramework the id of the framework this one is an add-on to (Django REST framework
 *     extends Django); empty for a framework of its own
 */
public record Framework(
    String id,
    String name,
    String homepage,
    String repository,
    Fact<List<Language>> languages,
    Fact<Runtime> runtime,
    Fact<String> license,
    Fact<Integer> firstRelease,
    Fact<Version> version,
    Fact<RequestModel> requestModel,
    Fact<List<RequestModel>> options,
    Fact<Structure> structure,
    Fact<Philosophy> philosophy,
    Map<Feature, Fact<FeatureSupport>> features,
    Fact<LearningCurve> learningCurve,
    String learningNotes,
    Fact<Governance> governance,
    Optional<Fact<String>> supportPolicy,
    Optional<Fact<List<Release>>> releases,
    Optional<Health> health,
    Optional<Fact<Performance>> performance,
    Optional<Fact<Footprint>> footprint,
    Fact<List<String>> bestFor,
    Map<String, Source> sources,
    GitFacts git,
    Optional<LocalDate> firstReleaseDay,
    Optional<String> extendsFramework) {

  /** An entry without git figures (the shape before issue 14; kept for existing callers). */
  public Framework(
      String id,
      String name,
      String homepage,
      String repository,
      Fact<List<Language>> languages,
      Fact<Runtime> runtime,
      Fact<String> license,
      Fact<Integer> firstRelease,
      Fact<Version> version,
      Fact<RequestModel> requestModel,
      List<RequestModel> alsoSupports,
      Fact<Structure> structure,
      Fact<Philosophy> philosophy,
      Map<Feature, Fact<FeatureSupport>> features,
      Fact<LearningCurve> learningCurve,
      String learningNotes,
      Fact<Governance> governance,
      Optional<Fact<String>> supportPolicy,
      Optional<Fact<List<Release>>> releases,
      Optional<Health> health,
      Optional<Fact<Performance>> performance,
      Optional<Fact<Footprint>> footprint,
      Fact<List<String>> bestFor,
      Map<String, Source> sources) {
    this(
        id,
        name,
        homepage,
        repository,
        languages,
        runtime,
        license,
        firstRelease,
        version,
        requestModel,
        requestModel.map(m -> alsoSupports),
        structure,
        philosophy,
        features,
        learningCurve,
        learningNotes,
        governance,
        supportPolicy,
        releases,
        health,
        performance,
        footprint,
        bestFor,
        sources,
        GitFacts.NONE,
        Optional.empty(),
        Optional.empty());
  }

  public Framework {
    if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("framework id must be kebab-case: " + id);
    }
    if (languages.value().isEmpty()) {
      throw new IllegalArgumentException(id + ": a framework needs at least one language");
    }
    options = options.map(List::copyOf);
    // EnumMap and TreeMap keep iteration order stable; Map.copyOf would not across runs.
    features =
        Collections.unmodifiableMap(
            features.isEmpty() ? new EnumMap<>(Feature.class) : new EnumMap<>(features));
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    learningNotes = learningNotes == null ? "" : learningNotes;
    git = git == null ? GitFacts.NONE : git;
    firstReleaseDay = firstReleaseDay == null ? Optional.empty() : firstReleaseDay;
    extendsFramework = extendsFramework == null ? Optional.empty() : extendsFramework;
  }

  /** The primary language. */
  public Language language() {
    return languages.value().get(0);
  }

  /** How the framework provides {@code feature}; NONE when the catalog lists nothing. */
  public Support support(Feature feature) {
    Fact<FeatureSupport> fact = features.get(feature);
    return fact == null ? Support.NONE : fact.value().level();
  }

  /** The request models available as an option beside the default one. */
  public List<RequestModel> alsoSupports() {
    return options.value();
  }

  /**
   * The default request model followed by its options, level by level of their shared history
   * (Spring Boot: thread-per-request with virtual threads and an event loop since 3.2, with an
   * event loop since 2.0, alone before), for showing the history as one fact.
   */
  public Fact<List<RequestModel>> modelAndOptions() {
    return zip(requestModel, Optional.of(options));
  }

  private static Fact<List<RequestModel>> zip(
      Fact<RequestModel> model, Optional<Fact<List<RequestModel>>> options) {
    List<RequestModel> all = new ArrayList<>();
    all.add(model.value());
    options.ifPresent(o -> all.addAll(o.value()));
    return new Fact<>(
        List.copyOf(all),
        model.source(),
        model.asOf(),
        model.verified(),
        model.note(),
        model.since(),
        model.before().map(b -> zip(b, options.flatMap(Fact::before))));
  }

  /** True when the default model or an optional one has the given property. */
  public boolean offers(RequestModel model) {
    return requestModel.value() == model || alsoSupports().contains(model);
  }

  /** The figures read from the repository's git history; empty until imported. */
  public Optional<RepositoryHistory> history() {
    return git.history();
  }

  /**
   * The exact date of the first release: the catalog's own date when a source gives it, else the
   * repository's tags; empty when only the year is known.
   */
  public Optional<LocalDate> firstReleaseDate() {
    return firstReleaseDay.or(() -> git.history().flatMap(RepositoryHistory::firstReleaseDate));
  }

  /**
   * The git activity figures as they stood on {@code day}: the newest window ending on or before
   * it; empty without figures for that day.
   */
  public Optional<ActivityWindow> activityAsOf(LocalDate day) {
    return git.history().flatMap(h -> h.activityAsOf(day));
  }

  /** Tagged releases dated on or before {@code day}, oldest first; empty without git figures. */
  public List<TaggedRelease> taggedReleasesAsOf(LocalDate day) {
    return git.history().map(h -> h.releasesAsOf(day)).orElse(List.of());
  }

  /** Release lines first released on or before {@code day}, newest first. */
  public List<Release> releaseLinesAsOf(LocalDate day) {
    return releases.map(r -> Release.asOf(r.value(), day)).orElse(List.of());
  }
}
