package dev.stackfit.formats.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.evidence.EvidenceQuality;
import dev.stackfit.core.evidence.MeasuredCandidate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabResultJsonTests {
  private static final String RESULT =
      """
      {
        "stackfit": 1,
        "date": "2026-11-26",
        "candidates": [
          {
            "name": "express",
            "framework": "express",
            "startupMs": 1069,
            "idleRssMb": 176.5,
            "peakRssMb": 240,
            "maxSustainableRps": 960,
            "atTarget": {
              "rate": 800,
              "requests": 8000,
              "latencyMs": { "p50": 3.1, "p99": 24.3 },
              "errors": { "connect": 0, "read": 2, "timeout": 6, "status": 0 }
            },
            "steps": []
          },
          { "framework": "django", "startupMs": null, "atTarget": null }
        ]
      }
      """;

  @Test
  void readsTheFiguresTheEngineUses() {
    Evidence evidence = LabResultJson.read(RESULT, "lab.json");
    assertThat(evidence.source()).isEqualTo("lab.json");
    assertThat(evidence.date()).contains(LocalDate.parse("2026-11-26"));
    MeasuredCandidate express = evidence.candidates().get(0);
    assertThat(express.framework()).isEqualTo("express");
    assertThat(express.maxSustainableRps()).isEqualTo(960);
    assertThat(express.p99AtTargetMs()).isEqualTo(24.3);
    assertThat(express.startupMs()).isEqualTo(1069);
    assertThat(express.peakRssMb()).isEqualTo(240);
    assertThat(express.errorRate()).isEqualTo(8 / 8000.0);
    MeasuredCandidate django = evidence.candidates().get(1);
    assertThat(django.name()).isEqualTo("django");
    assertThat(django.p99AtTargetMs()).isEqualTo(-1);
    assertThat(django.errorRate()).isZero();
  }

  @Test
  void theDateIsADayWhenGivenAndAProblemWhenItIsNone() {
    assertThat(
            LabResultJson.read(RESULT.replace("\"date\": \"2026-11-26\",", ""), "lab.json").date())
        .isEmpty();
    assertThatThrownBy(
            () -> LabResultJson.read(RESULT.replace("2026-11-26", "last Tuesday"), "lab.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lab.json:3:11: date: \"last Tuesday\" is not a date (YYYY-MM-DD)");
  }

  @Test
  void aWholeNumberOfErrorsIsAcceptedToo() {
    String text =
        """
        {"candidates": [{"framework": "gin", "atTarget": {"requests": 100, "errors": 5}}]}
        """;
    assertThat(LabResultJson.read(text, "r.json").candidates().get(0).errorRate()).isEqualTo(0.05);
  }

  @Test
  void everyBadFieldIsReportedWithItsLineAndPath() {
    String text =
        """
        {
          "candidates": [
            {
              "framework": "express",
              "maxSustainableRps": "fast",
              "atTarget": { "latencyMs": { "p99": -3 } }
            },
            { "name": "no framework" }
          ]
        }
        """;
    List<Problem> problems = problems(text);
    assertThat(problems)
        .extracting(Problem::line, Problem::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, "candidates[0].maxSustainableRps"),
            org.assertj.core.groups.Tuple.tuple(6, "candidates[0].atTarget.latencyMs.p99"),
            org.assertj.core.groups.Tuple.tuple(8, "candidates[1].framework"));
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo("lab.json"));
  }

  @Test
  void aFrameworkTheCatalogLacksIsAProblemAtItsLine() {
    InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class,
            () -> LabResultJson.read(RESULT, "lab.json", id -> id.equals("express")));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("candidates[1].framework");
              assertThat(p.line()).isEqualTo(20);
              assertThat(p.message()).contains("\"django\" is not a framework of this catalog");
            });
  }

  @Test
  void malformedJsonNamesTheLine() {
    List<Problem> problems =
        problems("{\n  \"candidates\": [\n    {\"framework\": \"x\",}\n  ]\n}\n");
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(3);
  }

  @Test
  void noCandidatesIsAProblem() {
    assertThat(problems("{\"candidates\": []}"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("at least one candidate"));
    assertThat(problems("{\"date\": \"2026-11-26\"}"))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("candidates"));
    assertThat(problems("[1, 2]"))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(1));
  }

  private static List<Problem> problems(String text) {
    try {
      LabResultJson.read(text, "lab.json");
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + text);
  }

  @Test
  void emptyTextIsAProblem() {
    assertThatThrownBy(() -> LabResultJson.read("  ", "lab.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lab.json");
  }

  @Test
  void readsTheQualityTheLabGaveEachFigureAndTakesOldResultsAsClean() {
    String text =
        """
        {
          "format": 2,
          "candidates": [
            { "framework": "django", "maxSustainableRps": 640, "quality": "machine-bound",
              "qualityNote": "the step at 800 rps: no idle CPU" },
            { "framework": "fastapi", "maxSustainableRps": 320, "quality": "uncertain" },
            { "framework": "express", "maxSustainableRps": 1600 }
          ]
        }
        """;

    List<MeasuredCandidate> c = LabResultJson.read(text, "lab.json").candidates();

    assertThat(c.get(0).quality()).isEqualTo(EvidenceQuality.MACHINE_BOUND);
    assertThat(c.get(0).qualityNote()).isEqualTo("the step at 800 rps: no idle CPU");
    assertThat(c.get(1).quality()).isEqualTo(EvidenceQuality.UNCERTAIN);
    assertThat(c.get(2).quality()).isEqualTo(EvidenceQuality.CLEAN);
    assertThat(c.get(2).qualityNote()).isEmpty();
  }

  @Test
  void anUnknownQualityIsAProblemWithItsLine() {
    String text =
        """
        {
          "candidates": [
            { "framework": "django", "quality": "dubious" }
          ]
        }
        """;

    assertThatThrownBy(() -> LabResultJson.read(text, "lab.json"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .anyMatch(
                        p ->
                            p.startsWith("lab.json:3:")
                                && p.contains("candidates[0].quality")
                                && p.contains("clean, machine-bound, uncertain")));
  }
}
