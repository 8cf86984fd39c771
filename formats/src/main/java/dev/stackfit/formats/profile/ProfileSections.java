package dev.stackfit.formats.profile;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.DevopsMaturity;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.Workload;
import dev.stackfit.core.text.TextLimit;
import dev.stackfit.formats.document.MappingReader;
import dev.stackfit.formats.document.ValueReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the team, project, operations and constraints sections; defaults come from core. */
final class ProfileSections {
  static final int MAX_TEAM_SIZE = 100_000;
  static final int MAX_RPS = 100_000_000;
  static final int MAX_LATENCY_MS = 600_000;
  static final double MAX_LIFESPAN_YEARS = 100;
  static final int MIN_MEMORY_MB = 16;
  static final int MAX_MEMORY_MB = 1_048_576;
  static final int MAX_STARTUP_MS = 600_000;

  private final Set<String> knownFrameworkIds;

  ProfileSections(Set<String> knownFrameworkIds) {
    this.knownFrameworkIds = knownFrameworkIds;
  }

  Team team(MappingReader team) {
    Team d = Team.DEFAULT;
    Team result =
        new Team(
            team.integer("size", 1, MAX_TEAM_SIZE, d.size()),
            team.bool("distributed", d.distributed()),
            team.id("turnover", Turnover.class, d.turnover()),
            team.id("asyncExperience", AsyncExperience.class, d.asyncExperience()),
            team.list("skills", v -> v.asMapping().flatMap(this::skill)),
            team.optional("frontendLanguage").flatMap(v -> v.asId(Language.class)),
            team.bool("fullStack", d.fullStack()));
    team.rejectUnknownKeys();
    return result;
  }

  private Optional<Skill> skill(MappingReader skill) {
    Optional<Language> language = skill.optional("language").flatMap(v -> v.asId(Language.class));
    Optional<String> framework = skill.optional("framework").flatMap(this::frameworkId);
    Optional<Level> level = skill.required("level").flatMap(v -> v.asId(Level.class));
    skill.rejectUnknownKeys();
    boolean hasLanguage = skill.has("language");
    if (hasLanguage == skill.has("framework")) {
      skill
          .problems()
          .add(skill.node(), skill.path(), "a skill names exactly one of language or framework");
      return Optional.empty();
    }
    if (level.isEmpty() || (hasLanguage ? language.isEmpty() : framework.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new Skill(language, framework, level.get()));
  }

  Project project(MappingReader project) {
    Project d = Project.DEFAULT;
    Project result =
        new Project(
            lifespan(project, d.lifespanYears()),
            project.mapping("traffic").map(ProfileSections::traffic).orElse(d.traffic()),
            project.id("workload", Workload.class, d.workload()),
            project.bool("realtime", d.realtime()),
            project.id("data", DataKind.class, d.data()),
            Set.copyOf(project.ids("needs", Feature.class)),
            project.id("architecture", Architecture.class, d.architecture()),
            Set.copyOf(project.ids("interop", Interop.class)),
            project.bool("critical", d.critical()),
            Set.copyOf(project.ids("asyncIo", AsyncIo.class)));
    project.rejectUnknownKeys();
    return result;
  }

  private static double lifespan(MappingReader project, double fallback) {
    Optional<ValueReader> value = project.optional("lifespanYears");
    Optional<Double> years = value.flatMap(v -> v.asNumber(0, MAX_LIFESPAN_YEARS));
    if (years.isPresent() && years.get() == 0) {
      value.get().report("0 is out of range; a lifespan must be above 0 (use 0.5 for six months)");
      return fallback;
    }
    return years.orElse(fallback);
  }

  /** Traffic; when only {@code peakRps} is given the 3-year peak defaults to it. */
  static Traffic traffic(MappingReader traffic) {
    Traffic d = Traffic.DEFAULT;
    int peakRps = traffic.integer("peakRps", 0, MAX_RPS, d.peakRps());
    int fallbackIn3Years = traffic.has("peakRps") ? peakRps : d.peakRpsIn3Years();
    Traffic result =
        new Traffic(
            peakRps,
            traffic.integer("peakRpsIn3Years", 0, MAX_RPS, fallbackIn3Years),
            traffic.integer("p99LatencyMs", 1, MAX_LATENCY_MS, d.p99LatencyMs()));
    traffic.rejectUnknownKeys();
    return result;
  }

  Operations operations(MappingReader operations) {
    Operations d = Operations.DEFAULT;
    Operations result =
        new Operations(
            Set.copyOf(operations.ids("runtimes", Runtime.class)),
            operations.id("devopsMaturity", DevopsMaturity.class, d.devopsMaturity()),
            operations.id("deploy", Deploy.class, d.deploy()),
            operations
                .optional("memoryPerInstanceMb")
                .flatMap(v -> v.asInt(MIN_MEMORY_MB, MAX_MEMORY_MB))
                .map(OptionalInt::of)
                .orElse(d.memoryPerInstanceMb()),
            operations
                .optional("startupBudgetMs")
                .flatMap(v -> v.asInt(1, MAX_STARTUP_MS))
                .map(OptionalInt::of)
                .orElse(d.startupBudgetMs()));
    operations.rejectUnknownKeys();
    return result;
  }

  Constraints constraints(MappingReader constraints) {
    Constraints result =
        new Constraints(
            Set.copyOf(constraints.ids("languages", Language.class)),
            Set.copyOf(constraints.ids("excludeLanguages", Language.class)),
            Set.copyOf(constraints.ids("runtimes", Runtime.class)),
            Set.copyOf(constraints.ids("excludeRuntimes", Runtime.class)),
            Set.copyOf(constraints.ids("require", Feature.class)),
            distinctStrings(constraints, "licenses"),
            Set.copyOf(distinct(constraints.list("frameworks", this::frameworkId))));
    constraints.rejectUnknownKeys();
    return result;
  }

  private static List<String> distinctStrings(MappingReader section, String key) {
    return distinct(
        section.list(
            key,
            v ->
                ProfileText.string(v, TextLimit.LICENSE)
                    .filter(s -> !s.isBlank() || reportBlank(v))));
  }

  private static boolean reportBlank(ValueReader value) {
    value.report("must not be blank");
    return false;
  }

  private static List<String> distinct(List<String> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private Optional<String> frameworkId(ValueReader value) {
    Optional<String> id = value.asString();
    if (id.isPresent() && !knownFrameworkIds.contains(id.get())) {
      value.report("unknown framework id \"" + id.get() + '"');
      return Optional.empty();
    }
    return id;
  }
}
