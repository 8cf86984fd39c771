package dev.stackfit.web;

import dev.stackfit.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire's field values (as typed) and the reader's problems, keyed by profile path.
 * Field names are the profile's own paths ({@code team.size}, {@code project.traffic.peakRps}), so
 * a problem the profile reader reports lands beside the field it is about.
 */
final class QuestionnaireForm {
  /** Rows offered for framework skills. */
  static final int FRAMEWORK_SKILL_ROWS = 3;

  private final Map<String, List<String>> values;
  private final List<Problem> problems;
  private final String importText;

  QuestionnaireForm(Map<String, List<String>> values, List<Problem> problems, String importText) {
    this.values = new LinkedHashMap<>();
    values.forEach((k, v) -> this.values.put(k, List.copyOf(v)));
    this.problems = List.copyOf(problems);
    this.importText = importText == null ? "" : importText;
  }

  /** The questionnaire as a new visitor sees it: the profile defaults. */
  static QuestionnaireForm defaults() {
    return new QuestionnaireForm(ProfileFormMapping.defaults(), List.of(), "");
  }

  QuestionnaireForm withProblems(List<Problem> found) {
    return new QuestionnaireForm(values, found, importText);
  }

  QuestionnaireForm withImportText(String text) {
    return new QuestionnaireForm(values, problems, text);
  }

  Map<String, List<String>> values() {
    return values;
  }

  /** The first value of a field, or "". */
  String value(String field) {
    List<String> list = values.get(field);
    return list == null || list.isEmpty() ? "" : list.get(0);
  }

  String valueOr(String field, String fallback) {
    String value = value(field);
    return value.isEmpty() ? fallback : value;
  }

  boolean has(String field, String option) {
    List<String> list = values.get(field);
    return list != null && list.contains(option);
  }

  boolean checked(String field) {
    return has(field, "true");
  }

  String importText() {
    return importText;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  List<Problem> problems() {
    return problems;
  }

  /** Messages for this exact path or anything below it ({@code team.skills} covers its items). */
  List<String> errors(String path) {
    List<String> found = new ArrayList<>();
    for (Problem p : problems) {
      String at = p.path();
      if (at.equals(path) || at.startsWith(path + ".") || at.startsWith(path + "[")) {
        found.add(at.equals(path) ? p.message() : FieldLabels.of(at) + ": " + p.message());
      }
    }
    return found;
  }

  /** Problems no field shows (whole-document or import problems), formatted in full. */
  List<String> generalErrors(List<String> fieldPaths) {
    List<String> found = new ArrayList<>();
    for (Problem p : problems) {
      boolean shown =
          fieldPaths.stream()
              .anyMatch(
                  f ->
                      p.path().equals(f)
                          || p.path().startsWith(f + ".")
                          || p.path().startsWith(f + "["));
      if (!shown) {
        found.add(p.toString());
      }
    }
    return found;
  }
}
