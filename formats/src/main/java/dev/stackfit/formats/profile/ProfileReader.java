package dev.stackfit.formats.profile;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.backtest.DecisionCase;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.WeightSpec;
import dev.stackfit.core.text.TextLimit;
import dev.stackfit.formats.document.Document;
import dev.stackfit.formats.document.DocumentParser;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.Problems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a profile (docs/contracts/profile.md) from YAML or JSON, reporting every problem at once
 * with its file, line, column and field path. Thread-safe: it holds only the immutable map of known
 * framework ids and names.
 */
public final class ProfileReader {
  /** The profile format version this reader understands. */
  public static final int FORMAT_VERSION = 1;

  private final Map<String, String> frameworkNames;

  /**
   * @param knownFrameworkIds catalog ids that skills, {@code current.framework} and {@code
   *     constraints.frameworks} may name
   */
  public ProfileReader(Set<String> knownFrameworkIds) {
    this(knownFrameworkIds.stream().collect(Collectors.toMap(id -> id, id -> id)));
  }

  private ProfileReader(Map<String, String> frameworkNames) {
    this.frameworkNames = Map.copyOf(frameworkNames);
  }

  /** A reader that knows every framework of {@code catalog}, by id and name. */
  public static ProfileReader forCatalog(Catalog catalog) {
    return new ProfileReader(
        catalog.frameworks().stream().collect(Collectors.toMap(Framework::id, Framework::name)));
  }

  /** Reads a profile file; problems name the file as given. */
  public Profile read(Path file) throws InvalidInputException {
    return read(DocumentParser.read(file));
  }

  /** Parses profile text; {@code sourceName} names it in problems ("request body"). */
  public Profile parse(String text, String sourceName) throws InvalidInputException {
    return read(DocumentParser.parse(text, sourceName));
  }

  private Profile read(Document document) {
    Problems problems = new Problems(document);
    Optional<MappingReader> found = MappingReader.root(document, problems);
    if (found.isEmpty()) {
      problems.throwIfAny();
    }
    MappingReader root = found.orElseThrow();
    checkVersion(root);
    Optional<String> name =
        root.required("name")
            .flatMap(v -> ProfileText.string(v, TextLimit.PROFILE_NAME))
            .filter(n -> notBlank(root, n));
    ProfileSections sections = new ProfileSections(frameworkNames.keySet());
    Team team = root.mapping("team").map(sections::team).orElse(Team.DEFAULT);
    Project project = root.mapping("project").map(sections::project).orElse(Project.DEFAULT);
    Operations operations =
        root.mapping("operations").map(sections::operations).orElse(Operations.DEFAULT);
    Constraints constraints =
        root.mapping("constraints").map(sections::constraints).orElse(Constraints.NONE);
    WeightSpec weights =
        root.mapping("weights").map(WeightsSection::read).orElse(new WeightSpec.Derived());
    Optional<CurrentStack> current =
        root.mapping("current").flatMap(c -> CurrentSection.read(c, frameworkNames));
    Optional<DecisionCase> decisionCase =
        root.mapping("case").flatMap(c -> CaseSection.read(c, frameworkNames.keySet()));
    root.rejectUnknownKeys();
    problems.throwIfAny();
    return new Profile(
        name.orElseThrow(), team, project, operations, constraints, weights, current, decisionCase);
  }

  private static void checkVersion(MappingReader root) {
    root.required("stackfit")
        .flatMap(v -> v.asLong(Long.MIN_VALUE, Long.MAX_VALUE).map(n -> Map.entry(v, n)))
        .filter(e -> e.getValue() != FORMAT_VERSION)
        .ifPresent(
            e ->
                e.getKey()
                    .report(
                        "profile format version "
                            + e.getValue()
                            + " is not supported; this stackfit reads version "
                            + FORMAT_VERSION));
  }

  private static boolean notBlank(MappingReader root, String name) {
    if (name.isBlank()) {
      root.optional("name").ifPresent(v -> v.report("must not be blank"));
      return false;
    }
    return true;
  }
}
