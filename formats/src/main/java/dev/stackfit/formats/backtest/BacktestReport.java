package dev.stackfit.formats.backtest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.core.backtest.Backtest;
import dev.stackfit.core.backtest.DecisionCase;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.formats.report.EvaluationJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The outcome of {@code stackfit backtest} as a text table or as JSON (docs/decision-quality.md
 * describes both).
 */
public final class BacktestReport {
  /** Version of the JSON shape; fields may be added, never renamed. */
  public static final int FORMAT = 1;

  private BacktestReport() {}

  /** One line per case, then the agreement. */
  public static String text(Backtest.Result result, Catalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Backtest: %d documented decisions, each evaluated with the catalog as of its"
                + " decision day%n%n",
            result.cases()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-30s %-10s %-22s %-5s %-22s %-7s %s%n",
            "case",
            "decided",
            "real choice",
            "rank",
            "engine's first",
            "P(win)",
            "shortlist"));
    for (Backtest.Outcome o : result.outcomes()) {
      DecisionCase real = o.decisionCase();
      Evaluation e = o.evaluation();
      out.append(
          String.format(
              Locale.ROOT,
              "%-30s %-10s %-22s %-5s %-22s %-7s %s%n",
              cut(o.name(), 30),
              real.decided(),
              cut(name(catalog, real.chose()), 22),
              o.rank().map(String::valueOf).orElse("-"),
              cut(e.winner().map(w -> w.framework().name()).orElse("(none)"), 22),
              e.sensitivity().samples() == 0
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", e.sensitivity().winnerProbability()),
              String.join(", ", e.shortlist().ids())));
      if (o.rank().isEmpty()) {
        out.append("    not ranked: ").append(o.notRanked()).append('\n');
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nAgreement: the real choice ranked first in %d of %d cases (%.0f%%) and in the top"
                + " three in %d of %d (%.0f%%).%n",
            result.first(),
            result.cases(),
            percent(result.first(), result.cases()),
            result.topThree(),
            result.cases(),
            percent(result.topThree(), result.cases())));
    return out.toString();
  }

  /** The same as JSON: cases with their rank, the engine's first, winner probability, shortlist. */
  public static String json(Backtest.Result result) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", FORMAT);
    root.put("cases", result.cases());
    root.put("first", result.first());
    root.put("topThree", result.topThree());
    ArrayNode cases = root.putArray("results");
    for (Backtest.Outcome o : result.outcomes()) {
      DecisionCase real = o.decisionCase();
      Evaluation e = o.evaluation();
      ObjectNode c = cases.addObject();
      c.put("case", o.name());
      c.put("decided", real.decided().toString());
      c.put("chose", real.chose());
      if (o.rank().isPresent()) {
        c.put("rank", o.rank().get());
      } else {
        c.putNull("rank");
        c.put("notRanked", o.notRanked());
      }
      e.winner().ifPresentOrElse(w -> c.put("first", w.framework().id()), () -> c.putNull("first"));
      c.put("winnerProbability", round(e.sensitivity().winnerProbability()));
      ArrayNode shortlist = c.putArray("shortlist");
      e.shortlist().forEach(shortlist::add);
      c.put("source", real.sourceUrl());
    }
    return EvaluationJson.toText(root);
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static String name(Catalog catalog, String id) {
    return catalog.find(id).map(Framework::name).orElse(id);
  }

  private static double percent(long part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static String cut(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
