package dev.stackfit.formats.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RadarCsvTests {
  @Test
  void eachDescriptionSaysWhoseRankingItQuotes() {
    String csv =
        RadarCsv.write(
            DecisionFixture.choose("beta", "the team wants Python"),
            DecisionFixture.EVALUATION,
            List.of("beta", "alpha"));
    assertThat(csv.lines())
        .element(1)
        .asString()
        .matches(
            "\"Alpha\",Hold,\"Languages & Frameworks\",TRUE,\"Considered on 2026-11-26 \\(decision"
                + " 0003\\)\\. stackfit's evaluation ranked it #1 with 0\\.\\d\\d; the team's"
                + " ballots ranked it #2\\.\"");
    assertThat(csv.lines())
        .element(2)
        .asString()
        .matches(
            "\"Beta\",Adopt,\"Languages & Frameworks\",TRUE,\"Chosen on 2026-11-26 \\(decision"
                + " 0003\\): the team wants Python\\. stackfit's evaluation ranked it #2 with"
                + " 0\\.\\d\\d; the team's ballots ranked it #1\\.\"");
  }

  @Test
  void withoutBallotsOnlyTheEvaluationsRankingIsQuoted() {
    String csv =
        RadarCsv.write(DecisionFixture.choose("alpha", "we know it."), DecisionFixture.EVALUATION);
    assertThat(csv).contains("(decision 0003): we know it. stackfit's evaluation ranked it #1");
    assertThat(csv).doesNotContain("team's ballots", "..");
  }
}
