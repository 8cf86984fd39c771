package dev.stackfit.formats.decision;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.decision.Decision;
import dev.stackfit.core.decision.Reassessment;
import dev.stackfit.formats.report.EvaluationJson;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What {@code stackfit reassess} reports, as text for a terminal and as JSON for scripts (the
 * command's {@code --format json} and {@code POST /api/v1/decisions/{id}/reassessment}): the same
 * sentences in both.
 */
public final class ReassessmentReport {
  /** The version of the JSON document; docs/contracts/api.md. */
  public static final int FORMAT = 1;

  private ReassessmentReport() {}

  /**
   * The terminal report.
   *
   * @param chosenName the chosen framework's name, as today's catalog spells it
   */
  public static String text(Decision decision, Reassessment.Result result, String chosenName) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s%n", heading(decision, chosenName)));
    out.append(String.format(Locale.ROOT, "%s%n%n", due(decision, result)));
    for (Reassessment.Finding finding : result.findings()) {
      out.append(String.format(Locale.ROOT, "  [%s] %s%n", kind(finding), finding.message()));
    }
    out.append(String.format(Locale.ROOT, "%n%s%n", advice(result)));
    return out.toString();
  }

  /** The same report as a JSON document. */
  public static String json(Decision decision, Reassessment.Result result, LocalDate today) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("decision", decision.id());
    root.put("title", decision.title());
    root.put("decided", decision.date().toString());
    root.put("chosen", decision.chosen());
    root.put("today", today.toString());
    root.put("reviewBy", decision.reviewBy().toString());
    root.put("due", result.due());
    root.put("drifted", result.drifted());
    root.put("winnerToday", result.newWinner());
    root.put("heading", heading(decision, decision.chosen()));
    root.put("summary", due(decision, result));
    ArrayNode findings = root.putArray("findings");
    for (Reassessment.Finding f : result.findings()) {
      findings.addObject().put("kind", kind(f)).put("message", f.message());
    }
    root.put("advice", advice(result));
    return EvaluationJson.toText(root);
  }

  private static String heading(Decision d, String chosenName) {
    return String.format(
        Locale.ROOT, "Reassessing \"%s\" (decided %s, chose %s)", d.title(), d.date(), chosenName);
  }

  private static String due(Decision d, Reassessment.Result result) {
    return result.due()
        ? "Review is due (since " + d.reviewBy() + ")."
        : "Review due on " + d.reviewBy() + ".";
  }

  /** The finding's kind as an id: "end-of-life", "team-question". */
  static String kind(Reassessment.Finding finding) {
    return finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String advice(Reassessment.Result result) {
    return result.summary();
  }
}
