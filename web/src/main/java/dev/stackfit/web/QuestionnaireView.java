package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The questionnaire page: the form's values and problems, and the catalog for framework pickers.
 */
record QuestionnaireView(QuestionnaireForm form, Catalog catalog) {
  List<Framework> frameworks() {
    return catalog.frameworks();
  }

  List<AhpPairs.Pair> pairs() {
    return AhpPairs.PAIRS;
  }

  List<Integer> frameworkRows() {
    return IntStream.range(0, QuestionnaireForm.FRAMEWORK_SKILL_ROWS).boxed().toList();
  }

  /** A problem's field as its label on the page ("Developers" for team.size). */
  String label(String path) {
    return FieldLabels.of(path);
  }

  List<String> generalErrors() {
    return form.generalErrors(ProfileFormMapping.fieldPaths());
  }
}
