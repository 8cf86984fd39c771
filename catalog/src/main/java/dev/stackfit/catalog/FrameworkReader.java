package dev.stackfit.catalog;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.FeatureSupport;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.GitFacts;
import dev.stackfit.core.catalog.Governance;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.Performance;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.Version;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import dev.stackfit.formats.document.ValueReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one framework file (docs/catalog-format.md) into a {@link Framework}, collecting every
 * problem; returns empty when there was any.
 */
final class FrameworkReader {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final FileChecks checks = new FileChecks();
  private final FactReader facts = new FactReader(checks);
  private final FactValues values = new FactValues(facts);
  private final SourceReader sourceReader = new SourceReader(facts);
  private final HistoryReader history = new HistoryReader(facts);

  FileChecks checks() {
    return checks;
  }

  /** Reads {@code root}; {@code expectedId} is the file name without its extension. */
  Optional<Framework> read(MappingReader root, String expectedId) {
    Problems problems = root.problems();
    Optional<String> id = root.required("id").flatMap(v -> checkedId(v, expectedId));
    Optional<String> name = root.required("name").flatMap(ValueReader::asString);
    Optional<String> homepage = root.required("homepage").flatMap(ValueReader::asString);
    Optional<String> repository = root.required("repository").flatMap(ValueReader::asString);
    Optional<String> extendsId = root.optional("extends").flatMap(ValueReader::asString);
    Map<String, Source> sources =
        root.required("sources").map(sourceReader::sources).orElse(Map.of());
    Optional<FactSet> factSet =
        root.required("facts").flatMap(ValueReader::asMapping).map(this::facts);
    String learningNotes = root.string("learningNotes", "");
    Map<Feature, Fact<FeatureSupport>> features =
        root.mapping("features").map(this::features).orElse(Map.of());
    var releases = root.mapping("releases").flatMap(values::releases);
    var health = root.mapping("health").flatMap(values::health);
    GitFacts git = root.mapping("git").map(history::git).orElse(GitFacts.NONE);
    root.rejectUnknownKeys();
    sourceReader.checkCitations(problems, sources);
    if (!problems.isEmpty() || factSet.isEmpty()) {
      return Optional.empty();
    }
    FactSet f = factSet.get();
    return Optional.of(
        new Framework(
            id.orElseThrow(),
            name.orElseThrow(),
            homepage.orElseThrow(),
            repository.orElseThrow(),
            f.languages,
            f.runtime,
            f.license,
            f.firstRelease,
            f.version,
            f.requestModel,
            f.options,
            f.structure,
            f.philosophy,
            features,
            f.learningCurve,
            learningNotes,
            f.governance,
            f.supportPolicy,
            releases,
            health,
            f.performance,
            f.footprint,
            f.bestFor,
            sources,
            git,
            Optional.ofNullable(f.firstReleaseDay),
            extendsId));
  }

  private Optional<String> checkedId(ValueReader value, String expectedId) {
    Optional<String> id = value.asString();
    if (id.isEmpty()) {
      return id;
    }
    checks.id = Optional.of(Located.at(value, id.get()));
    if (!KEBAB.matcher(id.get()).matches()) {
      value.report('"' + id.get() + "\" is not a kebab-case id");
      return Optional.empty();
    }
    if (!id.get().equals(expectedId)) {
      value.report('"' + id.get() + "\" does not match the file name " + expectedId + ".yaml");
    }
    return id;
  }

  private Map<Feature, Fact<FeatureSupport>> features(MappingReader features) {
    Map<Feature, Fact<FeatureSupport>> result = new EnumMap<>(Feature.class);
    features
        .byIdKeys(Feature.class)
        .forEach(
            (feature, value) ->
                value.asMapping().flatMap(this::feature).ifPresent(f -> result.put(feature, f)));
    return result;
  }

  private Optional<Fact<FeatureSupport>> feature(MappingReader f) {
    Optional<Support> support = f.required("support").flatMap(v -> v.asId(Support.class));
    String provider = f.string("provider", "");
    Optional<Fact<FeatureSupport>> fact =
        facts.dated(
            f,
            support.map(s -> new FeatureSupport(s, provider)),
            f.optional("since").flatMap(ValueReader::asDate),
            this::feature,
            "a level before needs \"since\" beside it: the day the current level arrived");
    f.rejectUnknownKeys();
    return fact;
  }

  private FactSet facts(MappingReader m) {
    FactSet f = new FactSet();
    f.languages = facts.fact(m, "languages", true, FrameworkReader::languages).orElse(null);
    f.runtime = facts.fact(m, "runtime", true, v -> v.asId(Runtime.class)).orElse(null);
    f.license = facts.fact(m, "license", true, this::license).orElse(null);
    f.firstRelease = facts.fact(m, "firstRelease", true, v -> year(v, f)).orElse(null);
    f.version = facts.fact(m, "version", true, values::version).orElse(null);
    f.requestModel =
        m.required("requestModel")
            .flatMap(ValueReader::asMapping)
            .flatMap(r -> requestModel(r, f))
            .orElse(null);
    f.structure = facts.fact(m, "structure", true, v -> v.asId(Structure.class)).orElse(null);
    f.philosophy = facts.fact(m, "philosophy", true, v -> v.asId(Philosophy.class)).orElse(null);
    f.learningCurve =
        facts.fact(m, "learningCurve", true, v -> v.asId(LearningCurve.class)).orElse(null);
    f.governance = facts.fact(m, "governance", true, v -> v.asId(Governance.class)).orElse(null);
    f.bestFor = facts.fact(m, "bestFor", true, FrameworkReader::strings).orElse(null);
    f.supportPolicy = facts.fact(m, "supportPolicy", false, ValueReader::asString);
    f.performance = facts.fact(m, "performance", false, values::performance);
    f.footprint = facts.fact(m, "footprint", false, values::footprint);
    m.rejectUnknownKeys();
    return f;
  }

  private Optional<Fact<RequestModel>> requestModel(MappingReader r, FactSet f) {
    ModelLevel level = modelLevel(r);
    f.options = level.options().orElse(null);
    return level.model();
  }

  /** One level of the request model's history: the default and its options, with the earlier. */
  private record ModelLevel(
      Optional<Fact<RequestModel>> model, Optional<Fact<List<RequestModel>>> options) {}

  /**
   * The request model of {@code r} and the options beside it ({@code alsoSupports}), which share
   * its evidence and history: a {@code before} level lists the options of its own time, so an
   * option a release added (Django's async views, 3.1) is not offered before that release.
   */
  private ModelLevel modelLevel(MappingReader r) {
    List<RequestModel> also =
        r.optional("alsoSupports").flatMap(v -> v.asIds(RequestModel.class)).orElse(List.of());
    // dated reads the before level once; that level's options are kept from the same reading.
    List<ModelLevel> earlier = new ArrayList<>(1);
    Optional<Fact<RequestModel>> model =
        facts.dated(
            r,
            r.required("value").flatMap(v -> v.asId(RequestModel.class)),
            facts.date(r, "since", FileChecks.DateRole.PAST, false),
            before -> {
              ModelLevel level = modelLevel(before);
              earlier.add(level);
              return level.model();
            },
            "a request model before needs \"since\" beside it: the day the current one took over");
    r.rejectUnknownKeys();
    Optional<Fact<List<RequestModel>>> options =
        model.map(
            m ->
                new Fact<>(
                    also,
                    m.source(),
                    m.asOf(),
                    m.verified(),
                    m.note(),
                    m.since(),
                    earlier.stream().findFirst().flatMap(ModelLevel::options)));
    return new ModelLevel(model, options);
  }

  private static Optional<List<Language>> languages(ValueReader value) {
    Optional<List<Language>> languages = value.asIds(Language.class);
    if (languages.isPresent() && languages.get().isEmpty()) {
      value.report("needs at least one language");
      return Optional.empty();
    }
    return languages;
  }

  private static Optional<List<String>> strings(ValueReader value) {
    return value.asList(ValueReader::asString);
  }

  private Optional<String> license(ValueReader value) {
    Optional<String> license = value.asString();
    license.ifPresent(l -> checks.license = Optional.of(Located.at(value, l)));
    return license;
  }

  /** The first release: a year, or the exact day when a source gives it (kept apart). */
  private Optional<Integer> year(ValueReader value, FactSet f) {
    Optional<String> text = value.asString();
    if (text.isPresent() && text.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
      Optional<LocalDate> day = value.asDate();
      day.ifPresent(d -> f.firstReleaseDay = d);
      day.ifPresent(d -> checks.firstRelease = Optional.of(Located.at(value, d.getYear())));
      return day.map(LocalDate::getYear);
    }
    Optional<Integer> year = value.asInt(1, 9999);
    year.ifPresent(y -> checks.firstRelease = Optional.of(Located.at(value, y)));
    return year;
  }

  /** The required facts, filled as they are read; null where a fact had a problem. */
  private static final class FactSet {
    Fact<List<Language>> languages;
    Fact<Runtime> runtime;
    Fact<String> license;
    Fact<Integer> firstRelease;
    LocalDate firstReleaseDay;
    Fact<Version> version;
    Fact<RequestModel> requestModel;
    Fact<List<RequestModel>> options;
    Fact<Structure> structure;
    Fact<Philosophy> philosophy;
    Fact<LearningCurve> learningCurve;
    Fact<Governance> governance;
    Fact<List<String>> bestFor;
    Optional<Fact<String>> supportPolicy = Optional.empty();
    Optional<Fact<Performance>> performance = Optional.empty();
    Optional<Fact<Footprint>> footprint = Optional.empty();
  }
}
