package dev.stackfit.formats.report;

import dev.stackfit.core.advisories.Advisory;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.Exclusion;
import dev.stackfit.core.evaluation.RankedFramework;
import dev.stackfit.core.scoring.CriterionScore;
import dev.stackfit.core.scoring.SubFactorScore;
import java.util.List;
import java.util.Locale;

/** A self-contained HTML report: no scripts, no external assets, inline SVG charts. */
public final class HtmlReport {
  private static final String STYLE =
      "body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1b1f24}"
          + "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.bar{display:inline-block;height:.7em;background:#1f6feb;border-radius:2px}"
          + ".short{background:#eef4ff}.adv{border-left:4px solid #d9480f;padding:.3em .8em;background:#fff6f0;margin:.5em 0}"
          + ".radar{max-width:380px}.timeline{max-width:680px;display:block}.muted{color:#57606a}h2{margin-top:1.6em}";

  private final StringBuilder out = new StringBuilder();

  private HtmlReport() {}

  public static String render(Evaluation evaluation) {
    HtmlReport html = new HtmlReport();
    html.write(evaluation);
    return html.out.toString();
  }

  private void write(Evaluation e) {
    out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>stackfit: ")
        .append(Html.escape(e.profile().name()))
        .append("</title>")
        .append("<style>")
        .append(STYLE)
        .append("</style></head><body>");
    out.append("<h1>stackfit recommendation: ")
        .append(Html.escape(e.profile().name()))
        .append("</h1>");
    out.append(
        String.format(
            Locale.ROOT,
            "<p class=\"muted\">Evaluated %s against %d frameworks (catalog as of %s).</p>",
            e.today(),
            e.catalogSize(),
            e.catalogAsOf()));
    StayOrMove.of(e).ifPresent(this::stayOrMove);
    List<RankedFramework> shortlist =
        e.ranking().stream().filter(r -> e.shortlist().contains(r.framework().id())).toList();
    if (!shortlist.isEmpty()) {
      out.append("<h2>Shortlist</h2>").append(RadarChart.svg(shortlist));
      String timeline = SupportTimeline.svg(shortlist.stream().map(r -> r.framework()).toList());
      if (!timeline.isEmpty()) {
        out.append("<h3>Support horizon</h3><p class=\"muted\">Dark: bug and security fixes;")
            .append(" light: security fixes only; dashed: no end of life announced.</p>")
            .append(timeline);
      }
    }
    ranking(e);
    shortlist.forEach(this::details);
    excluded(e);
    out.append("<h2>Advisories</h2>");
    for (Advisory a : e.advisories()) {
      out.append("<div class=\"adv\"><strong>")
          .append(a.id().id())
          .append("</strong>: ")
          .append(Html.escape(a.message()))
          .append("</div>");
    }
    sensitivity(e);
    weights(e);
    out.append("</body></html>\n");
  }

  private void ranking(Evaluation e) {
    out.append(
        "<h2>Ranking</h2><table><thead><tr><th class=\"n\">#</th><th>Framework</th><th class=\"n\">Score</th><th></th>");
    for (Criterion c : Criterion.values()) {
      out.append("<th class=\"n\">").append(c.id()).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (RankedFramework r : e.ranking()) {
      out.append(e.shortlist().contains(r.framework().id()) ? "<tr class=\"short\">" : "<tr>");
      out.append(
          String.format(
              Locale.ROOT,
              "<td class=\"n\">%d</td><td>%s</td><td class=\"n\">%.2f</td><td><span class=\"bar\" style=\"width:%.0fpx\"></span></td>",
              r.rank(),
              Html.escape(StayOrMove.label(r)),
              r.score(),
              120 * r.score()));
      for (Criterion c : Criterion.values()) {
        out.append(
            String.format(Locale.ROOT, "<td class=\"n\">%.2f</td>", r.criteria().get(c).score()));
      }
      out.append("</tr>");
    }
    out.append("</tbody></table>");
  }

  private void stayOrMove(StayOrMove s) {
    out.append("<h2>Stay or move</h2><p class=\"verdict\"><strong>")
        .append(Html.escape(s.verdict()))
        .append("</strong></p>");
    if (!s.pains().isEmpty()) {
      out.append("<p>Pains reported:</p><ul>");
      s.pains().forEach(p -> out.append("<li>").append(Html.escape(p)).append("</li>"));
      out.append("</ul>");
    }
    for (int i = 0; i < s.moves().size(); i++) {
      StayOrMove.Move m = s.moves().get(i);
      out.append("<p>Moving to <strong>")
          .append(Html.escape(m.ranked().optionName()))
          .append("</strong> (#")
          .append(m.ranked().rank())
          .append("): ")
          .append(Html.escape(m.summary()))
          .append(s.repeats(i) ? ", on the same assumptions.</p>" : ".</p><ul class=\"muted\">");
      if (!s.repeats(i)) {
        m.assumptions().forEach(a -> out.append("<li>").append(Html.escape(a)).append("</li>"));
        out.append("</ul>");
      }
    }
  }

  private void details(RankedFramework r) {
    out.append(
        String.format(
            Locale.ROOT,
            "<h2>%d. %s <span class=\"muted\">%.2f</span></h2>",
            r.rank(),
            Html.escape(StayOrMove.label(r)),
            r.score()));
    for (CriterionScore c : r.criteria().values()) {
      out.append(String.format(Locale.ROOT, "<h3>%s %.2f</h3><ul>", c.criterion().id(), c.score()));
      for (SubFactorScore s : c.subFactors()) {
        out.append(
            String.format(
                Locale.ROOT,
                "<li><strong>%s %.2f</strong>: %s</li>",
                s.id(),
                s.score(),
                Html.escape(String.join("; ", s.reasons()))));
      }
      out.append("</ul>");
    }
    if (!r.risks().isEmpty()) {
      out.append("<p><strong>Risks</strong></p><ul>");
      r.risks().forEach(risk -> out.append("<li>").append(Html.escape(risk)).append("</li>"));
      out.append("</ul>");
    }
  }

  private void excluded(Evaluation e) {
    if (e.excluded().isEmpty()) {
      return;
    }
    out.append("<h2>Excluded by constraints</h2><ul>");
    for (Exclusion x : e.excluded()) {
      out.append("<li><strong>")
          .append(Html.escape(x.framework().name()))
          .append("</strong>: ")
          .append(Html.escape(String.join("; ", x.reasons())))
          .append("</li>");
    }
    out.append("</ul>");
  }

  private void sensitivity(Evaluation e) {
    if (e.ranking().isEmpty()) {
      return;
    }
    var s = e.sensitivity();
    String winner = e.ranking().get(0).optionName();
    out.append("<h2>Sensitivity</h2>");
    out.append(
        String.format(
            Locale.ROOT,
            "<p>%s stays first in %.0f%% of %,d weight samples (seed %d).</p>",
            Html.escape(winner),
            100 * s.shown(s.winnerProbability()),
            s.samples(),
            s.seed()));
    out.append(
        "<table><thead><tr><th>Framework</th><th class=\"n\">rank 1</th><th class=\"n\">rank 2</th><th class=\"n\">rank 3</th></tr></thead><tbody>");
    s.rankAcceptability()
        .forEach(
            (id, shares) -> {
              out.append("<tr><td>").append(Html.escape(name(id, e))).append("</td>");
              for (int i = 0; i < 3; i++) {
                out.append(
                    i < shares.length
                        ? String.format(
                            Locale.ROOT, "<td class=\"n\">%.0f%%</td>", 100 * s.shown(shares[i]))
                        : "<td></td>");
              }
              out.append("</tr>");
            });
    out.append("</tbody></table><p>")
        .append(
            s.flips().isEmpty()
                ? "No single weight change flips the winner."
                : Html.escape(Flips.sentence(s.flips().get(0), winner, e)))
        .append("</p>");
  }

  private void weights(Evaluation e) {
    out.append("<h2>Weights (").append(e.weights().source().id()).append(")</h2><table><tbody>");
    for (Criterion c : Criterion.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td class=\"n\">%.2f</td><td>%s</td></tr>",
              c.id(),
              e.weights().of(c),
              Html.escape(String.join("; ", e.weights().reasons().getOrDefault(c, List.of())))));
    }
    out.append("</tbody></table>");
    e.weights()
        .warnings()
        .forEach(w -> out.append("<p class=\"adv\">").append(Html.escape(w)).append("</p>"));
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
