package dev.stackfit.formats.decision;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports a decision's options as a Thoughtworks Build-Your-Own-Radar CSV (name, ring, quadrant,
 * isNew, description): the chosen framework is adopted, the other considered options are on hold.
 * Each description says whose ranking it quotes.
 */
public final class RadarCsv {
  static final String QUADRANT = "Languages & Frameworks";

  private RadarCsv() {}

  public static String write(Decision decision, Evaluation evaluation) {
    return write(decision, evaluation, List.of());
  }

  /**
   * The sheet, each description saying whose ranking it quotes: stackfit's evaluation, and the
   * team's ballots when {@code teamRanking} (framework ids, first first) is not empty.
   */
  public static String write(Decision decision, Evaluation evaluation, List<String> teamRanking) {
    StringBuilder csv = new StringBuilder("name,ring,quadrant,isNew,description\n");
    for (String id : decision.considered()) {
      Optional<RankedFramework> r =
          evaluation.ranking().stream().filter(x -> x.framework().id().equals(id)).findFirst();
      String name = r.map(x -> x.framework().name()).orElse(id);
      boolean chosen = id.equals(decision.chosen());
      String what =
          chosen
              ? String.format(
                  Locale.ROOT,
                  "Chosen on %s (decision %s)%s",
                  decision.date(),
                  decision.id(),
                  decision.rationale().isBlank() ? "" : ": " + sentence(decision.rationale()))
              : String.format(
                  Locale.ROOT, "Considered on %s (decision %s).", decision.date(), decision.id());
      csv.append(field(name))
          .append(',')
          .append(chosen ? "Adopt" : "Hold")
          .append(',')
          .append(field(QUADRANT))
          .append(",TRUE,")
          .append(field(what + ranks(r, teamRanking.indexOf(id))))
          .append('\n');
    }
    return csv.toString();
  }

  /** Whose ranking put it where: " stackfit's evaluation ranked it #2 with 0.86; ...". */
  private static String ranks(Optional<RankedFramework> r, int teamIndex) {
    String engine =
        r.map(
                x ->
                    String.format(
                        Locale.ROOT,
                        " stackfit's evaluation ranked it #%d with %.2f",
                        x.rank(),
                        x.score()))
            .orElse("");
    String team = teamIndex < 0 ? "" : " the team's ballots ranked it #" + (teamIndex + 1);
    if (engine.isEmpty() && team.isEmpty()) {
      return "";
    }
    return (engine.isEmpty() ? team : team.isEmpty() ? engine : engine + ";" + team) + ".";
  }

  /** The text with one full stop at its end. */
  private static String sentence(String text) {
    String t = text.strip();
    return ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
  }

  /** Quotes a CSV field (RFC 4180) and neutralises spreadsheet formulas. */
  static String field(String value) {
    String safe = value.replace("\r", " ").replace("\n", " ");
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
