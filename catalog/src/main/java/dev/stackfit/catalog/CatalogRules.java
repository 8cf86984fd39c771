package dev.stackfit.catalog;

import dev.stackfit.catalog.FileChecks.DateRole;
import dev.stackfit.core.Problem;
import dev.stackfit.core.license.LicenseExpression;
import dev.stackfit.core.license.LicenseSyntaxException;
import dev.stackfit.core.license.SpdxIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The catalog-format rules that go beyond reading: they depend on the validation day or on the
 * whole file.
 */
final class CatalogRules {
  static final int FIRST_RELEASE_MIN = 1990;
  static final int STALE_AFTER_MONTHS = 18;

  private final LocalDate today;

  CatalogRules(LocalDate today) {
    this.today = today;
  }

  void check(
      String source, FileChecks checks, Consumer<Problem> errors, Consumer<Problem> warnings) {
    Set<String> cited = checks.citations.stream().map(Located::value).collect(Collectors.toSet());
    for (Located<String> declared : checks.declaredSources) {
      if (!cited.contains(declared.value())) {
        errors.accept(
            problem(source, declared, "source \"" + declared.value() + "\" is never cited"));
      }
    }
    for (FileChecks.Dated dated : checks.dates) {
      dates(source, dated, errors, warnings);
    }
    checks.firstRelease.ifPresent(year -> firstRelease(source, year, checks, errors));
    checks.license.ifPresent(license -> license(source, license, errors));
  }

  private void dates(
      String source, FileChecks.Dated dated, Consumer<Problem> errors, Consumer<Problem> warnings) {
    LocalDate date = dated.date().value();
    if (dated.role() != DateRole.SCHEDULED && date.isAfter(today)) {
      errors.accept(
          problem(source, dated.date(), date + " is in the future (validated on " + today + ")"));
    }
    if (dated.role() == DateRole.AS_OF && date.isBefore(today.minusMonths(STALE_AFTER_MONTHS))) {
      warnings.accept(
          problem(
              source,
              dated.date(),
              "stale: as of "
                  + date
                  + ", more than "
                  + STALE_AFTER_MONTHS
                  + " months before "
                  + today));
    }
  }

  private void firstRelease(
      String source, Located<Integer> year, FileChecks checks, Consumer<Problem> errors) {
    if (year.value() < FIRST_RELEASE_MIN || year.value() > today.getYear()) {
      errors.accept(
          problem(
              source,
              year,
              year.value() + " is out of range " + FIRST_RELEASE_MIN + ".." + today.getYear()));
    }
    checks
        .versionReleased
        .filter(released -> released.value().getYear() < year.value())
        .ifPresent(
            released ->
                errors.accept(
                    problem(
                        source,
                        released,
                        released.value() + " is before the first release year " + year.value())));
  }

  private static void license(String source, Located<String> license, Consumer<Problem> errors) {
    LicenseExpression expression;
    try {
      expression = LicenseExpression.parse(license.value());
    } catch (LicenseSyntaxException e) {
      errors.accept(
          problem(
              source,
              license,
              '"' + license.value() + "\" is not a valid SPDX expression: " + e.getMessage()));
      return;
    }
    List<String> unknown = SpdxIds.unknownIds(expression);
    for (String id : unknown) {
      errors.accept(problem(source, license, '"' + id + "\" is not a known SPDX id"));
    }
  }

  private static Problem problem(String source, Located<?> at, String message) {
    return new Problem(source, at.line(), at.column(), at.path(), message);
  }
}
