package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.WeightSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between the questionnaire's fields and a profile: fields to the profile's JSON form
 * (which the profile reader then validates, so the web and the CLI share one set of rules) and a
 * parsed profile back to fields (for YAML import).
 */
final class ProfileFormMapping {
  static final List<String> SCALAR_FIELDS =
      List.of(
          "name",
          "team.size",
          "team.turnover",
          "team.asyncExperience",
          "team.frontendLanguage",
          "project.lifespanYears",
          "project.traffic.peakRps",
          "project.traffic.peakRpsIn3Years",
          "project.traffic.p99LatencyMs",
          "project.workload",
          "project.data",
          "project.architecture",
          "operations.devopsMaturity",
          "operations.deploy",
          "operations.memoryPerInstanceMb",
          "operations.startupBudgetMs",
          "current.framework",
          "current.name",
          "current.language",
          "current.version",
          "current.endpoints",
          "current.kloc");
  static final List<String> FLAG_FIELDS =
      List.of("team.distributed", "team.fullStack", "project.realtime", "project.critical");
  static final List<String> LIST_FIELDS =
      List.of(
          "project.needs",
          "project.asyncIo",
          "project.interop",
          "operations.runtimes",
          "constraints.languages",
          "constraints.excludeLanguages",
          "constraints.runtimes",
          "constraints.excludeRuntimes",
          "constraints.require",
          "constraints.frameworks",
          "current.pains");

  private ProfileFormMapping() {}

  static Map<String, List<String>> defaults() {
    Map<String, List<String>> form =
        fromProfile(
            new Profile(
                "My service",
                Team.DEFAULT,
                Project.DEFAULT,
                Operations.DEFAULT,
                Constraints.NONE,
                new WeightSpec.Derived()));
    form.put("name", List.of(""));
    return form;
  }

  static Map<String, List<String>> fromProfile(Profile p) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    put(form, "name", p.name());
    Team team = p.team();
    put(form, "team.size", Integer.toString(team.size()));
    flag(form, "team.distributed", team.distributed());
    put(form, "team.turnover", team.turnover().id());
    put(form, "team.asyncExperience", team.asyncExperience().id());
    put(form, "team.frontendLanguage", team.frontendLanguage().map(Language::id).orElse(""));
    flag(form, "team.fullStack", team.fullStack());
    int row = 0;
    for (Skill skill : team.skills()) {
      if (skill.language().isPresent()) {
        put(form, "skill.language." + skill.language().get().id(), skill.level().id());
      } else if (row < QuestionnaireForm.FRAMEWORK_SKILL_ROWS) {
        put(form, "skill.framework." + row, skill.framework().orElseThrow());
        put(form, "skill.frameworkLevel." + row++, skill.level().id());
      }
    }
    Project project = p.project();
    put(form, "project.lifespanYears", number(project.lifespanYears()));
    put(form, "project.traffic.peakRps", Integer.toString(project.traffic().peakRps()));
    put(
        form,
        "project.traffic.peakRpsIn3Years",
        Integer.toString(project.traffic().peakRpsIn3Years()));
    put(form, "project.traffic.p99LatencyMs", Integer.toString(project.traffic().p99LatencyMs()));
    put(form, "project.workload", project.workload().id());
    flag(form, "project.realtime", project.realtime());
    put(form, "project.data", project.data().id());
    ids(form, "project.needs", project.needs());
    put(form, "project.architecture", project.architecture().id());
    ids(form, "project.interop", project.interop());
    flag(form, "project.critical", project.critical());
    ids(form, "project.asyncIo", project.asyncIo());
    Operations ops = p.operations();
    ids(form, "operations.runtimes", ops.runtimes());
    put(form, "operations.devopsMaturity", ops.devopsMaturity().id());
    put(form, "operations.deploy", ops.deploy().id());
    put(
        form,
        "operations.memoryPerInstanceMb",
        ops.memoryPerInstanceMb().isPresent()
            ? Integer.toString(ops.memoryPerInstanceMb().getAsInt())
            : "");
    put(
        form,
        "operations.startupBudgetMs",
        ops.startupBudgetMs().isPresent()
            ? Integer.toString(ops.startupBudgetMs().getAsInt())
            : "");
    constraints(form, p.constraints());
    weights(form, p.weights());
    current(form, p);
    return form;
  }

  private static void current(Map<String, List<String>> form, Profile p) {
    for (String field : List.of("framework", "name", "language", "version", "endpoints", "kloc")) {
      put(form, "current." + field, "");
    }
    form.put("current.pains", List.of());
    p.current()
        .ifPresent(
            c -> {
              put(form, "current.framework", c.framework().orElse(QuestionnaireJson.OTHER_STACK));
              if (c.framework().isEmpty()) {
                put(form, "current.name", c.name());
                put(form, "current.language", c.language().map(Identified::id).orElse(""));
              }
              put(form, "current.version", c.version());
              put(
                  form,
                  "current.endpoints",
                  c.endpoints().isPresent() ? Integer.toString(c.endpoints().getAsInt()) : "");
              put(form, "current.kloc", c.kloc().isPresent() ? number(c.kloc().getAsDouble()) : "");
              form.put("current.pains", c.pains().stream().map(x -> x.kind().id()).toList());
              c.pains()
                  .forEach(x -> put(form, "current.pain." + x.kind().id() + ".note", x.note()));
            });
  }

  private static void constraints(Map<String, List<String>> form, Constraints c) {
    ids(form, "constraints.languages", c.languages());
    ids(form, "constraints.excludeLanguages", c.excludeLanguages());
    ids(form, "constraints.runtimes", c.runtimes());
    ids(form, "constraints.excludeRuntimes", c.excludeRuntimes());
    ids(form, "constraints.require", c.require());
    put(form, "constraints.licenses", String.join(", ", c.licenses()));
    form.put("constraints.frameworks", List.copyOf(c.frameworks()));
  }

  private static void weights(Map<String, List<String>> form, WeightSpec spec) {
    for (Criterion c : Criterion.values()) {
      put(form, "weights.direct." + c.id(), "1");
    }
    for (int i = 0; i < AhpPairs.PAIRS.size(); i++) {
      put(form, "weights.pair." + i, "0");
    }
    switch (spec) {
      case WeightSpec.Derived d -> put(form, "weights.mode", "derived");
      case WeightSpec.Direct direct -> {
        put(form, "weights.mode", "direct");
        direct.relative().forEach((c, v) -> put(form, "weights.direct." + c.id(), number(v)));
      }
      case WeightSpec.Pairwise pairwise -> {
        put(form, "weights.mode", "pairwise");
        for (PairwiseJudgment j : pairwise.judgments()) {
          AhpPairs.slot(j)
              .ifPresent(
                  s -> put(form, "weights.pair." + s.index(), Integer.toString(s.sliderValue())));
        }
      }
    }
  }

  private static void put(Map<String, List<String>> form, String field, String value) {
    form.put(field, List.of(value));
  }

  private static void flag(Map<String, List<String>> form, String field, boolean value) {
    form.put(field, value ? List.of("true") : List.of());
  }

  private static void ids(
      Map<String, List<String>> form, String field, Collection<? extends Identified> values) {
    form.put(field, values.stream().map(Identified::id).toList());
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** Fields whose problems are shown beside a control rather than at the top. */
  static List<String> fieldPaths() {
    List<String> paths = new ArrayList<>(SCALAR_FIELDS);
    paths.addAll(FLAG_FIELDS);
    paths.addAll(LIST_FIELDS);
    paths.addAll(Set.of("team.skills", "constraints.licenses", "weights", "current"));
    return paths;
  }
}
