package dev.stackfit.formats.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.decision.Baseline;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.DecisionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionJsonTests {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  private static Decision decision() {
    return new Decision(
        "0007",
        "Use Spring Boot for the order service",
        DecisionStatus.ACCEPTED,
        Optional.empty(),
        DAY,
        "spring-boot",
        List.of("spring-boot", "quarkus"),
        "the team knows it; été and \"quotes\" survive",
        List.of("lead"),
        List.of("dev one", "dev two"),
        List.of(),
        DAY.plusMonths(6),
        "name: Orders\n",
        new Baseline(
            DAY,
            LocalDate.of(2026, 8, 22),
            Map.of("spring-boot", 1, "quarkus", 2),
            Map.of("spring-boot", 0.84, "quarkus", 0.8),
            Map.of("spring-boot", 0.9),
            Map.of("spring-boot", "4"),
            Map.of("spring-boot", "4.1", "quarkus", "3.27"),
            Map.of("spring-boot", LocalDate.of(2027, 6, 30))));
  }

  @Test
  void whatIsWrittenIsReadBack() {
    Decision original = decision();
    assertThat(DecisionJson.read(DecisionJson.write(original), "d.json")).isEqualTo(original);
  }

  @Test
  void aFileWithoutReleaseLinesIsReadWithNone() {
    String text =
        DecisionJson.write(decision())
            .replaceAll("(?s),\\s*\"lines\" : \\{[^}]*}", "")
            .replaceAll("(?s),\\s*\"endOfLife\" : \\{[^}]*}", "");
    assertThat(text).doesNotContain("\"lines\"", "\"endOfLife\"");
    Decision read = DecisionJson.read(text, "old.json");
    assertThat(read.baseline().lines()).isEmpty();
    assertThat(read.baseline().endOfLife()).isEmpty();
    assertThat(read.baseline().majors()).containsEntry("spring-boot", "4");
  }

  @Test
  void everyBadFieldIsReportedAtItsLine() {
    String text =
        DecisionJson.write(decision())
            .replace("\"status\" : \"accepted\"", "\"status\" : \"maybe\"")
            .replace("\"reviewBy\" : \"2027-05-26\"", "\"reviewBy\" : \"next spring\"")
            .replace("\"spring-boot\" : 0.84", "\"spring-boot\" : 1.84");
    List<Problem> problems = problems(text);
    assertThat(problems)
        .extracting(Problem::path, Problem::line)
        .containsExactly(
            tuple("status", lineOf(text, "\"maybe\"")),
            tuple("reviewBy", lineOf(text, "next spring")),
            tuple("baseline.scores.spring-boot", lineOf(text, "1.84")));
    assertThat(problems.get(0).message()).contains("accepted");
  }

  @Test
  void missingFieldsAreAllNamed() {
    assertThat(problems("{\"format\": 1, \"id\": \"0001\"}"))
        .extracting(Problem::path)
        .contains("title", "status", "date", "reviewBy", "chosen", "considered", "baseline");
  }

  @Test
  void aNewerFormatIsRefusedByName() {
    String text = DecisionJson.write(decision()).replace("\"format\" : 1", "\"format\" : 2");
    assertThat(problems(text))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("format 1"));
  }

  @Test
  void aDecisionTheRecordCannotHoldIsAProblemNotACrash() {
    String text =
        DecisionJson.write(decision())
            .replace("\"chosen\" : \"spring-boot\"", "\"chosen\" : \"gin\"");
    assertThat(problems(text))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("among the options considered"));
  }

  @Test
  void brokenJsonNamesItsLine() {
    assertThat(problems("{\n\"id\": \"0001\",\n\"title\": oops\n}"))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in " + text);
  }

  private static List<Problem> problems(String text) {
    try {
      DecisionJson.read(text, "decision.json");
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }
}
