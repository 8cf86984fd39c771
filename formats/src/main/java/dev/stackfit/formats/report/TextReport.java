package dev.stackfit.formats.report;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.sensitivity.Flip;
import dev.stackfit.core.sensitivity.SensitivityResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal report: a ranked table with the top reasons and the advisories, within 100 columns.
 */
public final class TextReport {
  static final int WIDTH = 100;
  private static final int TABLE_ROWS = 12;
  private static final String[] SHORT = {"team", "scale", "eco", "ops", "struct", "feat"};

  private final StringBuilder out = new StringBuilder();

  private TextReport() {}

  public static String render(Evaluation evaluation) {
    TextReport report = new TextReport();
    report.header(evaluation);
    report.weights(evaluation);
    report.ranking(evaluation);
    StayOrMove.of(evaluation).ifPresent(report::stayOrMove);
    report.reasons(evaluation);
    report.excluded(evaluation);
    report.advisories(evaluation);
    report.sensitivity(evaluation);
    return report.out.toString();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void wrapped(String text, String first, String rest) {
    Wrap.lines(text, WIDTH, first, rest).forEach(this::line);
  }

  private void header(Evaluation e) {
    line("stackfit recommendation for \"" + e.profile().name() + "\"");
    line(
        String.format(
            Locale.ROOT,
            "evaluated %s against %d frameworks (catalog as of %s)",
            e.today(),
            e.catalogSize(),
            e.catalogAsOf()));
    line("");
  }

  private void weights(Evaluation e) {
    line("Weights (" + e.weights().source().id() + ")");
    StringBuilder row = new StringBuilder("  ");
    for (Criterion c : Criterion.values()) {
      row.append(String.format(Locale.ROOT, "%s %.2f   ", c.id(), e.weights().of(c)));
      if (c == Criterion.ECOSYSTEM_HEALTH) {
        line(row.toString().stripTrailing());
        row = new StringBuilder("  ");
      }
    }
    line(row.toString().stripTrailing());
    e.weights()
        .consistencyRatio()
        .ifPresent(cr -> line(String.format(Locale.ROOT, "  consistency ratio %.3f", cr)));
    e.weights().warnings().forEach(w -> wrapped(w, "  warning: ", "    "));
    line("");
  }

  private void ranking(Evaluation e) {
    if (e.ranking().isEmpty()) {
      line("No framework passes the profile's constraints (see Excluded below).");
      line("");
      return;
    }
    line("Ranking");
    StringBuilder head =
        new StringBuilder(
            String.format(Locale.ROOT, "  %3s  %-24s %6s ", "#", "framework", "score"));
    for (String s : SHORT) {
      head.append(String.format(Locale.ROOT, " %6s", s));
    }
    line(head.toString());
    for (RankedFramework r : e.ranking().subList(0, Math.min(TABLE_ROWS, e.ranking().size()))) {
      String mark = e.shortlist().contains(r.framework().id()) ? "*" : " ";
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT, " %s%3d  %-24s %6.2f ", mark, r.rank(), label(r, 24), r.score()));
      for (Criterion c : Criterion.values()) {
        row.append(String.format(Locale.ROOT, " %6.2f", r.criteria().get(c).score()));
      }
      line(row.toString());
    }
    if (e.ranking().size() > TABLE_ROWS) {
      line("  ... " + (e.ranking().size() - TABLE_ROWS) + " more (use --format json for all)");
    }
    line("  * shortlist: " + String.join(", ", names(e)));
    line("");
  }

  private void stayOrMove(StayOrMove s) {
    line("Stay or move");
    wrapped(s.verdict(), "  ", "  ");
    s.pains().forEach(p -> wrapped(p, "  pain: ", "        "));
    for (int i = 0; i < s.moves().size(); i++) {
      StayOrMove.Move m = s.moves().get(i);
      wrapped(
          m.summary() + (s.repeats(i) ? " (assumptions as above)" : ""),
          String.format(Locale.ROOT, "  to %s (#%d): ", m.ranked().optionName(), m.ranked().rank()),
          "      ");
      if (!s.repeats(i)) {
        m.assumptions().forEach(a -> wrapped(a, "    - ", "      "));
      }
    }
    line("");
  }

  private List<String> names(Evaluation e) {
    return e.shortlist().ids().stream()
        .map(
            id ->
                e.ranking().stream()
                    .filter(r -> r.framework().id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .framework()
                    .name())
        .toList();
  }

  private void reasons(Evaluation e) {
    for (RankedFramework r : e.ranking()) {
      if (!e.shortlist().contains(r.framework().id())) {
        continue;
      }
      line(String.format(Locale.ROOT, "Why %s (#%d, %.2f)", r.optionName(), r.rank(), r.score()));
      for (Map.Entry<Criterion, CriterionScore> entry : r.criteria().entrySet()) {
        List<String> reasons = entry.getValue().reasons();
        String first =
            String.format(
                Locale.ROOT, "  %-16s %.2f  ", entry.getKey().id(), entry.getValue().score());
        String text = reasons.isEmpty() ? "" : reasons.get(0);
        wrapped(text, first, " ".repeat(first.length()));
      }
      r.risks().forEach(risk -> wrapped(risk, "  risk: ", "        "));
      line("");
    }
  }

  private void excluded(Evaluation e) {
    if (e.excluded().isEmpty()) {
      return;
    }
    line("Excluded by constraints (" + e.excluded().size() + ")");
    for (Exclusion x : e.excluded()) {
      wrapped(String.join("; ", x.reasons()), "  " + x.framework().id() + ": ", "    ");
    }
    line("");
  }

  private void advisories(Evaluation e) {
    line("Advisories");
    for (Advisory a : e.advisories()) {
      wrapped(a.message(), "  [" + a.id().id() + "] ", "    ");
    }
    line("");
  }

  private void sensitivity(Evaluation e) {
    SensitivityResult s = e.sensitivity();
    if (e.ranking().isEmpty()) {
      return;
    }
    String winner = e.ranking().get(0).optionName();
    line(
        String.format(
            Locale.ROOT, "Sensitivity (%,d weight samples, seed %d)", s.samples(), s.seed()));
    if (s.samples() > 0) {
      line(
          String.format(
              Locale.ROOT,
              "  %s stays first in %.0f%% of samples.",
              winner,
              100 * s.shown(s.winnerProbability())));
      StringBuilder acc = new StringBuilder("rank 1/2/3 shares: ");
      s.rankAcceptability().entrySet().stream()
          .limit(5)
          .forEach(
              en ->
                  acc.append(
                      String.format(
                          Locale.ROOT, "%s %s  ", en.getKey(), shares(s, en.getValue()))));
      wrapped(acc.toString().trim(), "  ", "    ");
    }
    if (s.flips().isEmpty()) {
      line("  No single weight change flips the winner.");
    } else {
      Flip f = s.flips().get(0);
      wrapped(Flips.sentence(f, winner, e), "  ", "  ");
    }
  }

  private static String shares(SensitivityResult s, double[] values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : "/")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * s.shown(values[i])));
    }
    return text.toString();
  }

  /** The option's name clipped to {@code width}, keeping the status quo's "(stay)" visible. */
  private static String label(RankedFramework r, int width) {
    String stay = StayOrMove.label(r).substring(r.optionName().length());
    return clip(r.optionName(), width - stay.length()) + stay;
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
