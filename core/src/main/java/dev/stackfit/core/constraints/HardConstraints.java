package dev.stackfit.core.constraints;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.license.LicenseExpression;
import dev.stackfit.core.license.LicenseSyntaxException;
import dev.stackfit.core.profile.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a profile's hard constraints: every reason a framework fails is returned, not just one.
 */
public final class HardConstraints {
  private HardConstraints() {}

  /** Why {@code framework} is excluded; empty when it passes every constraint. */
  public static List<String> violations(Framework framework, Constraints constraints) {
    List<String> reasons = new ArrayList<>();
    if (!constraints.frameworks().isEmpty() && !constraints.frameworks().contains(framework.id())) {
      reasons.add("not among the frameworks the profile restricts to");
    }
    languages(framework, constraints, reasons);
    var runtime = framework.runtime().value();
    if (!constraints.runtimes().isEmpty() && !constraints.runtimes().contains(runtime)) {
      reasons.add("runtime " + runtime.id() + " is not among the allowed runtimes");
    }
    if (constraints.excludeRuntimes().contains(runtime)) {
      reasons.add("runtime " + runtime.id() + " is excluded");
    }
    for (Feature feature : constraints.require()) {
      Support support = framework.support(feature);
      if (support != Support.BUILT_IN && support != Support.FIRST_PARTY) {
        reasons.add(
            "required feature "
                + feature.id()
                + " is not built in or first-party ("
                + support.id()
                + ")");
      }
    }
    if (!constraints.licenses().isEmpty()) {
      license(framework, constraints.licenses(), reasons);
    }
    return reasons;
  }

  private static void languages(
      Framework framework, Constraints constraints, List<String> reasons) {
    List<Language> usable =
        framework.languages().value().stream()
            .filter(l -> constraints.languages().isEmpty() || constraints.languages().contains(l))
            .filter(l -> !constraints.excludeLanguages().contains(l))
            .toList();
    if (!usable.isEmpty()) {
      return;
    }
    for (Language language : framework.languages().value()) {
      if (constraints.excludeLanguages().contains(language)) {
        reasons.add("language " + language.id() + " is excluded");
      } else {
        reasons.add("language " + language.id() + " is not among the allowed languages");
      }
    }
  }

  private static void license(Framework framework, List<String> allowed, List<String> reasons) {
    String expression = framework.license().value();
    Set<String> allowSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    allowSet.addAll(allowed);
    try {
      if (!LicenseExpression.parse(expression).satisfiedBy(allowSet)) {
        reasons.add(
            "license " + expression + " is not satisfied by the allowed licenses " + allowed);
      }
    } catch (LicenseSyntaxException e) {
      reasons.add("license " + expression + " cannot be checked: " + e.getMessage());
    }
  }
}
