package dev.stackfit.formats.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MadrWriterTests {
  private static String madr(String chosen, String rationale) {
    return MadrWriter.write(
        DecisionFixture.choose(chosen, rationale),
        DecisionFixture.EVALUATION,
        Optional.empty(),
        List.of());
  }

  @Test
  void aChoiceOtherThanTheEnginesFirstSaysSoWithItsRank() {
    String madr = madr("beta", "the team wants Python.");
    assertThat(madr)
        .contains("Chosen option: \"Beta\", because the team wants Python.\n")
        .containsPattern(
            "stackfit's evaluation ranked it #2, with 0\\.\\d\\d; its first was Alpha with"
                + " 0\\.\\d\\d\\. The team chose otherwise for the reason above\\.")
        .doesNotContain("ranked best", "..");
  }

  @Test
  void theEnginesFirstIsCalledFirstAndNoReasonIsMadeUp() {
    assertThat(madr("alpha", ""))
        .contains("Chosen option: \"Alpha\". No rationale was recorded.\n")
        .containsPattern("stackfit's evaluation also ranked it first, with 0\\.\\d\\d\\.")
        .doesNotContain("because it ranked", "ranked best");
  }

  @Test
  void anUpgradeToPlanIsNeverGoodNewsAndEveryReasonHasItsContext() {
    String madr = madr("alpha", "we know it");
    assertThat(madr.lines().filter(l -> l.startsWith("* Good, because")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).doesNotContain("plan an upgrade"))
        .allMatch(
            l -> l.matches("\\* Good, because of [a-z0-9 ]+ \\([a-z ]+, \\d\\.\\d\\d\\): .+"));
    assertThat(madr)
        .containsPattern(
            "\\* Neutral, because of support horizon \\(ecosystem health, 0\\.\\d\\d\\): line 3"
                + " \\(LTS\\) reaches end of life 2030-06-30, inside the 5\\.0-year lifespan: plan"
                + " an upgrade")
        .contains(
            "* Good, because of async readiness (team expertise, 1.00): Alpha handlers are"
                + " written synchronously")
        .contains("* Team expertise (weight ")
        .doesNotContain("* team-expertise");
  }
}
