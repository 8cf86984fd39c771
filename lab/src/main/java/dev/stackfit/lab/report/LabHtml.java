package dev.stackfit.lab.report;

import static dev.stackfit.formats.report.Html.escape;

import dev.stackfit.lab.run.CandidateResult;
import dev.stackfit.lab.run.Format;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.StepResult;
import java.util.Locale;

/**
 * Renders a {@link LabResult} as one self-contained HTML page: table, verdicts and inline SVG
 * charts, with no scripts and nothing loaded from elsewhere.
 */
public final class LabHtml {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;"
          + "color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
          + "padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}"
          + ".ok{color:#1a7f37}.miss{color:#b42318}.bound{color:#b54708}.verdict{font-weight:600}"
          + ".quality{font-size:.85em;padding:1px 6px;border-radius:8px;background:#fef0c7}"
          + ".machine{color:#444}"
          + "figure{margin:1.5em 0}figcaption{font-size:.9em;color:#555}";

  private LabHtml() {}

  public static String render(LabResult r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>PoC lab: ")
        .append(escape(r.lab().name()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    h.append("<h1>PoC lab: ")
        .append(escape(r.lab().name()))
        .append("</h1>\n<p>")
        .append(escape(Summary.header(r)))
        .append("</p>\n<p class=\"machine\">")
        .append(escape(MachineSummary.machine(r)))
        .append("</p>\n");
    table(h, r);
    h.append("<h2>Verdicts</h2><ul>\n");
    for (int i = 0; i < r.candidates().size(); i++) {
      CandidateResult c = r.candidates().get(i);
      h.append("<li><b style=\"color:")
          .append(SvgCharts.colour(i))
          .append("\">")
          .append(escape(c.candidate().name()))
          .append("</b> (")
          .append(escape(c.candidate().framework()))
          .append("): <span class=\"verdict\">")
          .append(escape(c.verdict()))
          .append("</span>")
          .append(
              c.quality() == dev.stackfit.core.evidence.EvidenceQuality.CLEAN
                  ? ""
                  : " <span class=\"quality\">" + escape(c.quality().id()) + "</span>")
          .append("</li>\n");
    }
    h.append("</ul>\n<h2>Charts</h2>\n");
    figure(h, SvgCharts.latency(r), "Latency from intended start against the offered rate.");
    figure(h, SvgCharts.memory(r), "Resident memory of each candidate's process tree.");
    figure(
        h,
        SvgCharts.startup(r),
        "Time from start to the first healthy answer, median of every start.");
    for (CandidateResult c : r.candidates()) {
      steps(h, c, r.lab().targets().rps());
    }
    h.append("<h2>How to read this</h2><p>").append(escape(Summary.READING)).append("</p>\n");
    return h.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder h, LabResult r) {
    h.append("<table><thead><tr><th></th>");
    r.candidates()
        .forEach(c -> h.append("<th>").append(escape(c.candidate().name())).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (Summary.Row row : Summary.rows()) {
      h.append("<tr><td>").append(escape(row.label())).append("</td>");
      r.candidates()
          .forEach(c -> h.append("<td>").append(escape(row.value().apply(c))).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static void figure(StringBuilder h, String svg, String caption) {
    h.append("<figure>")
        .append(svg)
        .append("<figcaption>")
        .append(escape(caption))
        .append("</figcaption></figure>\n");
  }

  private static void steps(StringBuilder h, CandidateResult c, double targetRps) {
    h.append("<h2>").append(escape(c.candidate().name())).append(": steps</h2>\n");
    if (c.preparation().versions() != null) {
      h.append("<p>Versions: ").append(escape(c.preparation().versions())).append("</p>\n");
    }
    if (!c.qualityNote().isEmpty()) {
      h.append("<p class=\"bound\">Figures ")
          .append(escape(c.quality().id()))
          .append(": ")
          .append(escape(c.qualityNote()))
          .append("</p>\n");
    }
    if (c.repetitions().size() > 1) {
      rows(h, StepRows.repetitionRows(c, targetRps));
    }
    if (c.representative().failure() != null) {
      h.append("<p class=\"miss\">").append(escape(c.representative().failure())).append("</p>\n");
    }
    if (c.representative().steps().isEmpty()) {
      return;
    }
    h.append("<table><thead><tr><th>rate (rps)</th><th>achieved</th><th>p50 ms</th>")
        .append("<th>p99 ms</th><th>max ms</th><th>errors</th><th>CPU s</th><th>RSS MiB</th>")
        .append("<th></th><th>CPU s per 1,000</th><th>machine</th></tr></thead><tbody>\n");
    for (StepResult s : c.representative().steps()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%.2f</td>"
                  + "<td>%.1f</td><td class=\"%s\">%s</td><td>%s</td><td>%s</td></tr>%n",
              Format.rate(s.targetRps()),
              Format.rate(Math.round(s.achievedRps() * 10) / 10.0),
              Format.ms(s.p50Ms()),
              Format.ms(s.p99Ms()),
              Format.ms(s.maxMs()),
              s.errors(),
              s.cpuSeconds(),
              s.peakRssMb(),
              s.isMachineBound() ? "bound" : s.sustained() ? "ok" : "miss",
              escape(StepRows.stepNote(s)),
              Format.cost(s.cpuPer1000Requests()),
              escape(StepRows.stepMachine(s))));
    }
    h.append("</tbody></table>\n");
  }

  private static void rows(StringBuilder h, java.util.List<java.util.List<String>> rows) {
    h.append("<table><thead><tr>");
    rows.get(0).forEach(v -> h.append("<th>").append(escape(v)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    for (java.util.List<String> row : rows.subList(1, rows.size())) {
      h.append("<tr>");
      row.forEach(v -> h.append("<td>").append(escape(v)).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }
}
