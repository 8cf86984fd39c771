package dev.stackfit.formats.report;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import dev.stackfit.core.sensitivity.SensitivityResult;
import java.util.List;
import java.util.Locale;

/** The evaluation as a Markdown document (GitHub-flavoured tables). */
public final class MarkdownReport {
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  public static String render(Evaluation evaluation) {
    MarkdownReport md = new MarkdownReport();
    md.write(evaluation);
    return md.out.toString();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void write(Evaluation e) {
    line("# stackfit recommendation: " + escape(e.profile().name()));
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Evaluated %s against %d frameworks (catalog as of %s). Shortlist: **%s**.",
            e.today(),
            e.catalogSize(),
            e.catalogAsOf(),
            e.shortlist().isEmpty() ? "none" : String.join(", ", e.shortlist())));
    line("");
    weights(e);
    ranking(e);
    StayOrMove.of(e).ifPresent(this::stayOrMove);
    for (RankedFramework r : e.ranking()) {
      if (e.shortlist().contains(r.framework().id())) {
        details(r);
      }
    }
    excluded(e);
    line("## Advisories");
    line("");
    for (Advisory a : e.advisories()) {
      line("- **" + a.id().id() + "**: " + escape(a.message()));
    }
    line("");
    sensitivity(e);
  }

  private void weights(Evaluation e) {
    line("## Weights (" + e.weights().source().id() + ")");
    line("");
    line("| criterion | weight | why |");
    line("|---|---:|---|");
    for (Criterion c : Criterion.values()) {
      line(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %s |",
              c.id(),
              e.weights().of(c),
              escape(String.join("; ", e.weights().reasons().getOrDefault(c, List.of())))));
    }
    e.weights()
        .consistencyRatio()
        .ifPresent(cr -> line(String.format(Locale.ROOT, "%nConsistency ratio: %.3f", cr)));
    e.weights().warnings().forEach(w -> line("\n> Warning: " + escape(w)));
    line("");
  }

  private void ranking(Evaluation e) {
    line("## Ranking");
    line("");
    StringBuilder head = new StringBuilder("| # | framework | score |");
    StringBuilder rule = new StringBuilder("|---:|---|---:|");
    for (Criterion c : Criterion.values()) {
      head.append(' ').append(c.id()).append(" |");
      rule.append("---:|");
    }
    line(head.toString());
    line(rule.toString());
    for (RankedFramework r : e.ranking()) {
      StringBuilder row =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "| %d | %s | %.2f |",
                  r.rank(),
                  escape(StayOrMove.label(r)),
                  r.score()));
      for (Criterion c : Criterion.values()) {
        row.append(String.format(Locale.ROOT, " %.2f |", r.criteria().get(c).score()));
      }
      line(row.toString());
    }
    line("");
  }

  private void stayOrMove(StayOrMove s) {
    line("## Stay or move");
    line("");
    line("**" + escape(s.verdict()) + "**");
    line("");
    if (!s.pains().isEmpty()) {
      line("Pains reported:");
      line("");
      s.pains().forEach(p -> line("- " + escape(p)));
      line("");
    }
    for (int i = 0; i < s.moves().size(); i++) {
      StayOrMove.Move m = s.moves().get(i);
      line(
          String.format(
              Locale.ROOT,
              "Moving to %s (#%d): %s%s",
              escape(m.ranked().optionName()),
              m.ranked().rank(),
              escape(m.summary()),
              s.repeats(i) ? ", on the same assumptions." : ". Assumptions:"));
      line("");
      if (!s.repeats(i)) {
        m.assumptions().forEach(a -> line("- " + escape(a)));
        line("");
      }
    }
  }

  private void details(RankedFramework r) {
    line(
        String.format(
            Locale.ROOT, "## %d. %s (%.2f)", r.rank(), escape(StayOrMove.label(r)), r.score()));
    line("");
    for (CriterionScore c : r.criteria().values()) {
      line(String.format(Locale.ROOT, "**%s %.2f**", c.criterion().id(), c.score()));
      line("");
      for (SubFactorScore s : c.subFactors()) {
        line(
            String.format(
                Locale.ROOT,
                "- %s %.2f: %s",
                s.id(),
                s.score(),
                escape(String.join("; ", s.reasons()))));
      }
      line("");
    }
    if (!r.risks().isEmpty()) {
      line("Risks:");
      line("");
      r.risks().forEach(risk -> line("- " + escape(risk)));
      line("");
    }
  }

  private void excluded(Evaluation e) {
    if (e.excluded().isEmpty()) {
      return;
    }
    line("## Excluded by constraints");
    line("");
    for (Exclusion x : e.excluded()) {
      line("- **" + x.framework().id() + "**: " + escape(String.join("; ", x.reasons())));
    }
    line("");
  }

  private void sensitivity(Evaluation e) {
    SensitivityResult s = e.sensitivity();
    line("## Sensitivity");
    line("");
    if (e.ranking().isEmpty()) {
      line("Nothing to analyse.");
      return;
    }
    String winner = e.ranking().get(0).optionName();
    line(
        String.format(
            Locale.ROOT,
            "%s stays first in %.0f%% of %,d weight samples (Dirichlet around the weights, concentration %.0f, seed %d).",
            escape(winner),
            100 * s.shown(s.winnerProbability()),
            s.samples(),
            s.concentration(),
            s.seed()));
    line("");
    line("| framework | rank 1 | rank 2 | rank 3 |");
    line("|---|---:|---:|---:|");
    s.rankAcceptability()
        .forEach(
            (id, shares) -> {
              StringBuilder row = new StringBuilder("| " + escape(name(id, e)) + " |");
              for (int i = 0; i < 3; i++) {
                row.append(
                    i < shares.length
                        ? String.format(Locale.ROOT, " %.0f%% |", 100 * s.shown(shares[i]))
                        : " |");
              }
              line(row.toString());
            });
    line("");
    line(
        s.flips().isEmpty()
            ? "No single weight change flips the winner."
            : escape(Flips.sentence(s.flips().get(0), winner, e)));
  }

  /** Escapes characters that Markdown would interpret inside table cells and text. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A framework's name in the evaluation, for tables people read; its id when not ranked. */
  private static String name(String id, Evaluation e) {
    return e.ranking().stream()
        .filter(r -> r.framework().id().equals(id))
        .map(r -> r.framework().name())
        .findFirst()
        .orElse(id);
  }
}
