package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.group.Ballot;
import dev.stackfit.core.group.GroupAggregation;
import dev.stackfit.web.HttpProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotFormTests {
  static final List<String> FRAMEWORKS = List.of("quarkus", "javalin");

  private static void badRequest(HttpProblem problem) {
    assertThat(problem.status()).isEqualTo(400);
  }

  private static Map<String, List<String>> form(Map<String, String> fields) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    SessionFixture.ballot(FRAMEWORKS, "quarkus", 2, Map.of(Criterion.SCALE_FIT, 80), "<b>fine</b>")
        .forEach((k, v) -> form.put(k, List.of(v)));
    fields.forEach((k, v) -> form.put(k, List.of(v)));
    return form;
  }

  @Test
  void aSliderBallotSurvivesTheJsonRoundTrip() {
    Ballot ballot = BallotForm.read(form(Map.of()), "Ada", FRAMEWORKS);
    assertThat(ballot.weights()).containsEntry(Criterion.SCALE_FIT, 80.0);
    assertThat(ballot.comments().get("quarkus"))
        .containsEntry(Criterion.TEAM_EXPERTISE, "<b>fine</b>");
    Ballot again = BallotJson.read(BallotJson.write(ballot), "Ada", FRAMEWORKS);
    assertThat(again).isEqualTo(ballot);
  }

  @Test
  void pairwiseJudgmentsAreReadAsRatios() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("weighting", "ahp");
    fields.put("p.team-expertise.scale-fit", "1/3");
    fields.put("p.scale-fit.feature-fit", "5");
    assertThatThrownBy(() -> BallotForm.read(form(fields), "Ada", FRAMEWORKS))
        .as("every criterion must be compared at least once")
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
    fields.put("p.ecosystem-health.operational-fit", "2");
    fields.put("p.structure-fit.feature-fit", "1/2");
    fields.put("p.team-expertise.structure-fit", "3");
    Ballot ballot = BallotForm.read(form(fields), "Ada", FRAMEWORKS);
    assertThat(ballot.weights()).isEmpty();
    assertThat(ballot.judgments()).hasSize(5);
    assertThat(ballot.judgments().get(0).ratio()).isEqualTo(1.0 / 3);
    assertThat(BallotJson.read(BallotJson.write(ballot), "Ada", FRAMEWORKS)).isEqualTo(ballot);
    assertThat(
            GroupAggregation.aggregate(DecisionSessions.CRITERIA, FRAMEWORKS, List.of(ballot))
                .ranking())
        .as("an incomplete comparison still aggregates")
        .hasSize(2);
  }

  @Test
  void incompleteOrOutOfRangeBallotsAreRefused() {
    Map<String, List<String>> missing = form(Map.of());
    missing.remove("r.javalin.scale-fit");
    assertThatThrownBy(() -> BallotForm.read(missing, "Ada", FRAMEWORKS))
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
    assertThatThrownBy(
            () -> BallotForm.read(form(Map.of("r.javalin.scale-fit", "6")), "Ada", FRAMEWORKS))
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
    assertThatThrownBy(() -> BallotForm.read(form(Map.of("w.scale-fit", "-1")), "Ada", FRAMEWORKS))
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
    assertThatThrownBy(() -> BallotJson.read("{\"ratings\":{}}", "Ada", FRAMEWORKS))
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
    assertThatThrownBy(() -> BallotJson.read("{\"weights\":{\"speed\":1}}", "Ada", FRAMEWORKS))
        .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest);
  }

  @Test
  void aZeroOrNegativeRatioIsABadRequestNamingTheField() {
    for (String ratio : new String[] {"0", "-3", "0/5"}) {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("weighting", "ahp");
      fields.put("p.team-expertise.scale-fit", ratio);
      assertThatThrownBy(() -> BallotForm.read(form(fields), "Ada", FRAMEWORKS))
          .as(ratio)
          .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest)
          .hasMessageContaining("p.team-expertise.scale-fit");
    }
  }

  @Test
  void numbersOutOfRangeAreRefusedNamingFrameworkCriterionAndRange() {
    Map<String, String> names = Map.of("quarkus", "Quarkus", "javalin", "Javalin");
    for (String rating : new String[] {"4294967299", "3.9", "0", "", "three"}) {
      assertThatThrownBy(
              () ->
                  BallotForm.read(
                      form(Map.of("r.quarkus.scale-fit", rating)), "Ada", FRAMEWORKS, names))
          .as(rating)
          .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest)
          .hasMessage(
              "the rating of Quarkus on scale fit must be a whole number from 1 to 5, was \""
                  + rating
                  + "\"");
    }
    assertThatThrownBy(
            () ->
                BallotForm.read(form(Map.of("e.javalin", "4294967300")), "Ada", FRAMEWORKS, names))
        .hasMessage(
            "how much you would enjoy Javalin must be a whole number from 1 to 5, was"
                + " \"4294967300\"");
    assertThatThrownBy(
            () ->
                BallotForm.read(form(Map.of("w.team-expertise", "NaN")), "Ada", FRAMEWORKS, names))
        .hasMessage("the weight of team expertise must be a number from 0 to 100, was \"NaN\"");
  }

  @Test
  void jsonNumbersAreNeverWrappedOrTruncated() {
    Ballot valid = BallotForm.read(form(Map.of()), "Ada", FRAMEWORKS);
    String json = BallotJson.write(valid);
    for (String bad : new String[] {"4294967299", "3.9", "\"4\""}) {
      String changed =
          json.replace(
              "\"quarkus\":{\"team-expertise\":5", "\"quarkus\":{\"team-expertise\":" + bad);
      assertThat(changed).isNotEqualTo(json);
      assertThatThrownBy(() -> BallotJson.read(changed, "Ada", FRAMEWORKS))
          .as(bad)
          .isInstanceOfSatisfying(HttpProblem.class, BallotFormTests::badRequest)
          .hasMessage(
              "ratings.quarkus.team-expertise (the rating of quarkus on team expertise) must be a"
                  + " whole number from 1 to 5, was "
                  + bad);
    }
    String enjoyment =
        json.replace("\"enjoyment\":{\"quarkus\":5", "\"enjoyment\":{\"quarkus\":4294967300");
    assertThat(enjoyment).isNotEqualTo(json);
    assertThatThrownBy(() -> BallotJson.read(enjoyment, "Ada", FRAMEWORKS))
        .hasMessageContaining(
            "enjoyment.quarkus (how much you would enjoy quarkus) must be a whole")
        .hasMessageEndingWith("was 4294967300");
  }

  @Test
  void theBallotsOwnRuleSaysWhichRatingIsOutOfRange() {
    assertThatThrownBy(
            () ->
                new Ballot(
                    "Ada",
                    Map.of(Criterion.SCALE_FIT, 50.0),
                    List.of(),
                    Map.of("quarkus", Map.of(Criterion.TEAM_EXPERTISE, 9)),
                    Map.of(),
                    "",
                    Map.of()))
        .hasMessage("Ada: the rating of quarkus on team expertise goes from 1 to 5, was 9");
  }
}
