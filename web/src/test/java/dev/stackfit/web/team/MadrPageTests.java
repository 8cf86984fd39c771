package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MadrPageTests {
  private static final String RECORD =
      """
      ---
      status: accepted
      date: 2026-11-26
      decision-makers: Fran
      consulted: Ada&lt;img src=x onerror="window.pwned=1"&gt;, Bo
      informed: []
      ---

      # Order service &amp; billing

      ## Decision Outcome

      Chosen option: "Quarkus", because the team runs the JVM \\*today\\*.

      * Good, because of **async readiness**: `vertx` &lt;b&gt;
      """;

  @Test
  void frontMatterReadsAsTheNamesPeopleTypedAndAnEmptyListAsNone() {
    MadrPage page = MadrPage.parse(RECORD);

    assertThat(page.frontMatter())
        .containsExactly(
            Map.entry("status", "accepted"),
            Map.entry("date", "2026-11-26"),
            Map.entry("decision-makers", "Fran"),
            Map.entry("consulted", "Ada<img src=x onerror=\"window.pwned=1\">, Bo"),
            Map.entry("informed", "none"));
  }

  @Test
  void bodyBecomesHeadingsParagraphsAndListsWithEscapesDecoded() {
    MadrPage page = MadrPage.parse(RECORD);

    assertThat(page.blocks()).extracting(MadrPage.Block::kind).containsExactly("h", "h", "p", "ul");
    assertThat(page.blocks().get(0).lines().get(0))
        .containsExactly(new MadrPage.Span("Order service & billing", false, false));
    assertThat(page.blocks().get(2).lines().get(0))
        .containsExactly(
            new MadrPage.Span(
                "Chosen option: \"Quarkus\", because the team runs the JVM *today*.",
                false,
                false));
    assertThat(page.blocks().get(3).lines().get(0))
        .containsExactly(
            new MadrPage.Span("Good, because of ", false, false),
            new MadrPage.Span("async readiness", true, false),
            new MadrPage.Span(": ", false, false),
            new MadrPage.Span("vertx", false, true),
            new MadrPage.Span(" <b>", false, false));
  }
}
