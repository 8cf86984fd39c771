package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staying on the current stack is an option of its own and can win (issue 18): one realistic
 * profile where the pains do not justify a move, and one documented case where the team moved.
 */
class StayOrMoveTests {
  /** A Rails monolith with ordinary pains: staying should win. */
  private static final String STAY = "src/test/resources/stay-or-move/rails-invoicing.yaml";

  /**
   * Amedia's Node.js apps on an Express that had seen no contribution for 18 months (a documented
   * case of the backtest corpus): the team moved to Fastify.
   */
  private static final String MOVE = "../examples/backtest/amedia-fastify.yaml";

  @TempDir Path dir;

  private static CliRun recommend(String profile, String day, String format) {
    return CliRun.run(
        "recommend",
        profile,
        "--catalog",
        CliRun.CATALOG,
        "--today",
        day,
        "--samples",
        "200",
        "--format",
        format);
  }

  @Test
  void staysWhenThePainsDoNotJustifyAMoveAndSaysSoPlainly() throws Exception {
    CliRun text = recommend(STAY, "2026-12-03", "text");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Ruby on Rails (stay)")
        .contains("Stay or move\n  Stay on Ruby on Rails. Staying ranks first")
        .contains("(hiring, productivity) do not justify a move.")
        .contains("  pain: hiring: Ruby developers take two months longer")
        .contains("    - size: 60 thousand lines (profile)");
    JsonNode json = new ObjectMapper().readTree(recommend(STAY, "2026-12-03", "json").out());
    JsonNode first = json.path("ranking").get(0);
    assertThat(first.path("framework").asText()).isEqualTo("rails");
    assertThat(first.path("statusQuo").asBoolean()).isTrue();
    JsonNode second = json.path("ranking").get(1);
    assertThat(second.path("switchingCost").path("reasons").toString())
        .contains("60 thousand lines");
    assertThat(recommend(STAY, "2026-12-03", "markdown").out())
        .contains("## Stay or move\n\n**Stay on Ruby on Rails.");
    assertThat(recommend(STAY, "2026-12-03", "html").out())
        .contains("<h2>Stay or move</h2><p class=\"verdict\"><strong>Stay on Ruby on Rails.");
  }

  @Test
  void theRankingMarksAStatusQuoWhoseOptionNameIsLong() {
    // The migration example runs Django; its option carries the Django REST framework add-on.
    CliRun text = recommend("../examples/migration/profile.yaml", "2026-12-03", "text");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern(" 1  Django with Dja\\S* \\(stay\\) ")
        .contains("Stay or move\n  Stay on Django. Staying ranks first");
  }

  @Test
  void movesWhenThePainsOutweighTheSwitchingCost() throws Exception {
    CliRun text = recommend(MOVE, "2023-06-15", "text");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("Stay or move\n  Move to [A-Za-z.]+\\. It ranks first")
        .contains("staying on Express ranks #")
        .contains("pains reported (end-of-life, productivity).")
        .contains("(assumptions as above)")
        .contains("Express (stay)");
    JsonNode json = new ObjectMapper().readTree(recommend(MOVE, "2023-06-15", "json").out());
    JsonNode first = json.path("ranking").get(0);
    assertThat(first.path("statusQuo").asBoolean(false)).isFalse();
    assertThat(first.path("switchingCost").path("penalty").asDouble()).isPositive();
  }

  @Test
  void theDecisionRecordNamesTheStatusQuoAndLinksTheMigrationPlan() throws Exception {
    CliRun run =
        CliRun.run(
            "decide",
            MOVE,
            "--catalog",
            CliRun.CATALOG,
            "--today",
            "2023-06-15",
            "--choose",
            "fastify",
            "--rationale",
            "the plugin model fits our API gateway",
            "--consider",
            "fastify",
            "--out-dir",
            dir.toString(),
            "--id",
            "0001");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String madr = Files.readString(dir.resolve("0001.md"));
    assertThat(madr)
        .contains("## Considered Options\n\n* Fastify\n* Stay on Express (status quo)\n")
        .contains("### Stay on Express (status quo)")
        .contains("Moving from Express costs about ")
        .contains("[migration-plan.md](migration-plan.md)")
        .contains("--to fastify --openapi CURRENT_API");
    assertThat(Files.readString(dir.resolve("0001.json"))).contains("\"express\"");
  }

  @Test
  void withoutACurrentStackEachFrameworkCarriesTheCostOfLeavingIt() {
    CliRun run =
        CliRun.run(
            "recommend",
            CliRun.EXAMPLES + "/content-site-admin.yaml",
            "--catalog",
            CliRun.CATALOG,
            "--today",
            "2026-12-03",
            "--samples",
            "0",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .doesNotContain("\"statusQuo\"")
        .containsPattern(
            "leaving it later: (high|medium|low) lock-in \\(batteries-included, convention-heavy:"
                + " its own orm, admin-ui");
  }
}
