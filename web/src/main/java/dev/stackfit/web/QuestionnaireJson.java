package dev.stackfit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.PainKind;
import java.util.List;

/**
 * Builds a profile's JSON form from the questionnaire's fields, keeping every value as typed: the
 * profile reader then judges it, so the web and the CLI share one set of rules and messages.
 */
final class QuestionnaireJson {
  private QuestionnaireJson() {}

  /**
   * The profile as JSON built from the fields, with values kept as typed for the reader to judge.
   */
  static ObjectNode toJson(QuestionnaireForm form) {
    ObjectNode root = Json.object();
    root.put("stackfit", 1);
    root.put("name", form.value("name"));
    ObjectNode team = root.putObject("team");
    scalar(team, "size", form.value("team.size"));
    team.put("distributed", form.checked("team.distributed"));
    text(team, "turnover", form.value("team.turnover"));
    text(team, "asyncExperience", form.value("team.asyncExperience"));
    skills(team.putArray("skills"), form);
    text(team, "frontendLanguage", form.value("team.frontendLanguage"));
    team.put("fullStack", form.checked("team.fullStack"));
    ObjectNode project = root.putObject("project");
    scalar(project, "lifespanYears", form.value("project.lifespanYears"));
    ObjectNode traffic = project.putObject("traffic");
    scalar(traffic, "peakRps", form.value("project.traffic.peakRps"));
    scalar(traffic, "peakRpsIn3Years", form.value("project.traffic.peakRpsIn3Years"));
    scalar(traffic, "p99LatencyMs", form.value("project.traffic.p99LatencyMs"));
    text(project, "workload", form.value("project.workload"));
    project.put("realtime", form.checked("project.realtime"));
    text(project, "data", form.value("project.data"));
    list(project, "needs", form, "project.needs");
    text(project, "architecture", form.value("project.architecture"));
    list(project, "interop", form, "project.interop");
    project.put("critical", form.checked("project.critical"));
    list(project, "asyncIo", form, "project.asyncIo");
    ObjectNode ops = root.putObject("operations");
    list(ops, "runtimes", form, "operations.runtimes");
    text(ops, "devopsMaturity", form.value("operations.devopsMaturity"));
    text(ops, "deploy", form.value("operations.deploy"));
    scalar(ops, "memoryPerInstanceMb", form.value("operations.memoryPerInstanceMb"));
    scalar(ops, "startupBudgetMs", form.value("operations.startupBudgetMs"));
    current(root, form);
    constraintsJson(root.putObject("constraints"), form);
    weightsJson(root, form);
    return root;
  }

  /**
   * The current stack, when the team runs one: a catalog framework, or "other" with a name and a
   * language. A pain counts when its box is ticked or its note is filled in.
   */
  private static void current(ObjectNode root, QuestionnaireForm form) {
    String framework = form.value("current.framework").trim();
    if (framework.isEmpty()) {
      return;
    }
    ObjectNode current = root.putObject("current");
    if (framework.equals(OTHER_STACK)) {
      text(current, "name", form.value("current.name"));
      text(current, "language", form.value("current.language"));
    } else {
      current.put("framework", framework);
    }
    text(current, "version", form.value("current.version"));
    scalar(current, "endpoints", form.value("current.endpoints"));
    scalar(current, "kloc", form.value("current.kloc"));
    ArrayNode pains = current.putArray("pains");
    for (PainKind kind : PainKind.values()) {
      String note = form.value("current.pain." + kind.id() + ".note").trim();
      if (form.has("current.pains", kind.id()) || !note.isEmpty()) {
        ObjectNode pain = pains.addObject().put("kind", kind.id());
        if (!note.isEmpty()) {
          pain.put("note", note);
        }
      }
    }
  }

  /** The value of {@code current.framework} for a stack outside the catalog. */
  static final String OTHER_STACK = "other";

  private static void constraintsJson(ObjectNode c, QuestionnaireForm form) {
    for (String key :
        List.of(
            "languages",
            "excludeLanguages",
            "runtimes",
            "excludeRuntimes",
            "require",
            "frameworks")) {
      list(c, key, form, "constraints." + key);
    }
    ArrayNode licenses = c.putArray("licenses");
    for (String license : form.value("constraints.licenses").split("[,\\s]+")) {
      if (!license.isBlank()) {
        licenses.add(license.trim());
      }
    }
  }

  private static void skills(ArrayNode skills, QuestionnaireForm form) {
    for (Language language : Language.values()) {
      String level = form.value("skill.language." + language.id());
      if (!level.isEmpty() && !level.equals("none")) {
        skills.addObject().put("language", language.id()).put("level", level);
      }
    }
    for (int row = 0; row < QuestionnaireForm.FRAMEWORK_SKILL_ROWS; row++) {
      String framework = form.value("skill.framework." + row);
      if (!framework.isEmpty()) {
        skills
            .addObject()
            .put("framework", framework)
            .put("level", form.valueOr("skill.frameworkLevel." + row, "working"));
      }
    }
  }

  private static void weightsJson(ObjectNode root, QuestionnaireForm form) {
    switch (form.valueOr("weights.mode", "derived")) {
      case "direct" -> {
        ObjectNode direct = root.putObject("weights").putObject("direct");
        for (Criterion c : Criterion.values()) {
          scalar(direct, c.id(), form.value("weights.direct." + c.id()));
        }
      }
      case "pairwise" -> {
        ArrayNode pairs = root.putObject("weights").putArray("pairwise");
        for (int i = 0; i < AhpPairs.PAIRS.size(); i++) {
          AhpPairs.Pair pair = AhpPairs.PAIRS.get(i);
          String raw = form.valueOr("weights.pair." + i, "0");
          ArrayNode judgment = pairs.addArray().add(pair.left().id()).add(pair.right().id());
          try {
            judgment.add(AhpPairs.ratioText(Integer.parseInt(raw.trim())));
          } catch (NumberFormatException e) {
            judgment.add(raw);
          }
        }
      }
      default -> {
        // derived: no weights section, the engine derives them from the answers
      }
    }
  }

  private static void scalar(ObjectNode node, String key, String raw) {
    String value = raw.trim();
    if (value.isEmpty()) {
      return;
    }
    try {
      if (value.matches("-?\\d{1,18}")) {
        node.put(key, Long.parseLong(value));
      } else {
        double number = Double.parseDouble(value);
        node.put(key, number);
      }
    } catch (NumberFormatException e) {
      node.put(key, value);
    }
  }

  private static void text(ObjectNode node, String key, String value) {
    if (!value.isBlank()) {
      node.put(key, value.trim());
    }
  }

  private static void list(ObjectNode node, String key, QuestionnaireForm form, String field) {
    ArrayNode array = node.putArray(key);
    form.values().getOrDefault(field, List.of()).stream()
        .filter(v -> !v.isBlank())
        .forEach(array::add);
  }
}
