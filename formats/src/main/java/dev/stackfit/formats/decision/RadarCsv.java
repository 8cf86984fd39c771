package dev.stackfit.formats.decision;

import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.RankedFramework;
import java.util.Locale;

/**
 * Exports a decision's options as a Thoughtworks Build-Your-Own-Radar CSV (name, ring, quadrant,
 * isNew, description): the chosen framework is adopted, the other considered options are on hold.
 */
public final class RadarCsv {
  static final String QUADRANT = "Languages & Frameworks";

  private RadarCsv() {}

  public static String write(Decision decision, Evaluation evaluation) {
    StringBuilder csv = new StringBuilder("name,ring,quadrant,isNew,description\n");
    for (String id : decision.considered()) {
      RankedFramework r =
          evaluation.ranking().stream()
              .filter(x -> x.framework().id().equals(id))
              .findFirst()
              .orElse(null);
      String name = r == null ? id : r.framework().name();
      boolean chosen = id.equals(decision.chosen());
      String description =
          chosen
              ? String.format(
                  Locale.ROOT,
                  "Chosen on %s (decision %s): %s",
                  decision.date(),
                  decision.id(),
                  decision.rationale())
              : String.format(
                  Locale.ROOT,
                  "Considered on %s (decision %s)%s",
                  decision.date(),
                  decision.id(),
                  r == null
                      ? ""
                      : String.format(Locale.ROOT, ", ranked #%d with %.2f", r.rank(), r.score()));
      csv.append(field(name))
          .append(',')
          .append(chosen ? "Adopt" : "Hold")
          .append(',')
          .append(field(QUADRANT))
          .append(",TRUE,")
          .append(field(description))
          .append('\n');
    }
    return csv.toString();
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
