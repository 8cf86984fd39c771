package dev.stackfit.catalog;

import static dev.stackfit.catalog.CatalogFixtures.brief;
import static dev.stackfit.catalog.CatalogFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogValidatorTests {
  @Test
  void acceptsAValidCatalogWithoutWarnings() {
    ValidationReport report = validate("valid");
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @Test
  void requiresTheFileNameToEqualTheId() {
    assertThat(brief(validate("name-mismatch").errors()))
        .containsExactly(
            "tiny-website.yaml:1:5: id: \"tiny-web\" does not match the file name"
                + " tiny-website.yaml");
  }

  @Test
  void requiresEveryCitedSourceToExist() {
    assertThat(brief(validate("missing-source").errors()))
        .containsExactly(
            "tiny-web.yaml:29:47: facts.governance.source: cites source \"blog\", which is not in"
                + " sources");
  }

  @Test
  void requiresSinceWhenAFactOrFeatureRecordsWhatHeldBefore() {
    assertThat(brief(validate("feature-before").errors()))
        .containsExactly(
            "tiny-web.yaml:29:79: facts.governance.before: a value before needs \"since\" beside"
                + " it: the day the current value took over",
            "tiny-web.yaml:41:13: features.validation.before: a level before needs \"since\""
                + " beside it: the day the current level arrived");
  }

  @Test
  void reportsARequestModelBeforeThatIsNoMappingOnce() {
    // The model and its options share one history: its before is read once for both.
    assertThat(brief(validate("model-before").errors()))
        .containsExactly(
            "tiny-web.yaml:25:98: facts.requestModel.before: expected a mapping, got"
                + " \"not-a-mapping\"");
  }

  @Test
  void requiresEverySourceToBeCited() {
    assertThat(brief(validate("uncited-source").errors()))
        .containsExactly("tiny-web.yaml:15:9: sources[2].id: source \"talk\" is never cited");
  }

  @Test
  void rejectsDatesAfterTheValidationDay() {
    assertThat(brief(validate("future-date").errors()))
        .containsExactly(
            "tiny-web.yaml:18:55: facts.runtime.asOf: 2026-12-01 is in the future (validated on"
                + " 2026-02-01)");
  }

  @Test
  void allowsAnnouncedEndOfLifeDatesInTheFuture() {
    // valid/ has eol: 2027-06-01, after the validation day
    assertThat(validate("valid").errors()).isEmpty();
  }

  @Test
  void checksTheFirstReleaseYearAndTheVersionAgainstIt() {
    assertThat(brief(validate("first-release-range").errors()))
        .containsExactly(
            "tiny-web.yaml:20:27: facts.firstRelease.value: 1985 is out of range 1990..2026");
    assertThat(brief(validate("first-release").errors()))
        .containsExactly(
            "tiny-web.yaml:22:36: facts.version.value.released: 2018-03-01 is before the first"
                + " release year 2019");
  }

  @Test
  void checksLicenseExpressionSyntaxAndIds() {
    assertThat(brief(validate("bad-license").errors()))
        .containsExactly(
            "tiny-web.yaml:19:27: facts.license.value: \"MIT OR\" is not a valid SPDX expression:"
                + " ends where a license id should follow");
    assertThat(brief(validate("unknown-license").errors()))
        .containsExactly(
            "tiny-web.yaml:19:27: facts.license.value: \"Tiny-License-1.0\" is not a known SPDX"
                + " id");
  }

  @Test
  void warnsAboutStaleFactsWithoutFailing() {
    ValidationReport report = validate("stale");
    assertThat(report.valid()).isTrue();
    assertThat(brief(report.warnings()))
        .containsExactly(
            "tiny-web.yaml:31:84: facts.footprint.asOf: stale: as of 2024-03-01, more than 18"
                + " months before 2026-02-01");
  }

  @Test
  void reportsEveryStructuralProblemOfAFileAtOnce() {
    assertThat(brief(validate("broken-structure").errors()))
        .hasSize(6)
        .contains(
            "tiny-web.yaml:3:1: name: duplicate key; first given on line 2",
            "tiny-web.yaml:19:27: facts.runtime.value: \"wasm\" is not one of node, cpython, ruby,"
                + " php, jvm, dotnet, native, beam",
            "tiny-web.yaml:44:32: releases.lines[0].released: \"2025-06-31\" is not a date"
                + " (YYYY-MM-DD)",
            "tiny-web.yaml:49:10: health.stars: expected an integer, got \"many\"")
        .anyMatch(p -> p.startsWith("tiny-web.yaml:38:3: features.telepathy: \"telepathy\""))
        .anyMatch(p -> p.startsWith("tiny-web.yaml:50:3: health.colour: unknown key;"));
  }

  @Test
  void reportsAFileThatIsNotYaml() {
    assertThat(brief(validate("not-yaml").errors()))
        .singleElement()
        .asString()
        .startsWith("tiny-web.yaml:3:1: invalid YAML: ");
  }

  @Test
  void reportsAMissingOrEmptyDirectoryAsAnError(@TempDir Path empty) {
    assertThat(new CatalogValidator().validate(empty.resolve("nope"), LocalDate.EPOCH).errors())
        .singleElement()
        .hasToString(empty.resolve("nope") + ": catalog directory not found");
    assertThat(new CatalogValidator().validate(empty, LocalDate.EPOCH).errors())
        .singleElement()
        .hasToString(empty + ": no framework files (*.yaml) found");
  }
}
