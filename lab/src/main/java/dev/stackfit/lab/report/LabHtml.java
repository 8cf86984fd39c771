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
          + ".ok{color:#1a7f37}.miss{color:#b42318}.verdict{font-weight:600}"
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
          .append("</span></li>\n");
    }
    h.append("</ul>\n<h2>Charts</h2>\n");
    figure(h, SvgCharts.latency(r), "Latency from intended start against the offered rate.");
    figure(h, SvgCharts.memory(r), "Resident memory of each candidate's process tree.");
    figure(h, SvgCharts.startup(r), "Time from start to the first healthy answer.");
    for (CandidateResult c : r.candidates()) {
      steps(h, c);
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

  private static void steps(StringBuilder h, CandidateResult c) {
    h.append("<h2>").append(escape(c.candidate().name())).append(": steps</h2>\n");
    if (c.representative().failure() != null) {
      h.append("<p class=\"miss\">").append(escape(c.representative().failure())).append("</p>\n");
    }
    if (c.representative().steps().isEmpty()) {
      return;
    }
    h.append("<table><thead><tr><th>rate (rps)</th><th>achieved</th><th>p50 ms</th>")
        .append("<th>p99 ms</th><th>max ms</th><th>errors</th><th>CPU s</th><th>RSS MiB</th>")
        .append("<th></th></tr></thead><tbody>\n");
    for (StepResult s : c.representative().steps()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td><td>%.2f</td>"
                  + "<td>%.1f</td><td class=\"%s\">%s</td></tr>%n",
              Format.rate(s.targetRps()),
              Format.rate(Math.round(s.achievedRps() * 10) / 10.0),
              Format.ms(s.p50Ms()),
              Format.ms(s.p99Ms()),
              Format.ms(s.maxMs()),
              s.errors(),
              s.cpuSeconds(),
              s.peakRssMb(),
              s.sustained() ? "ok" : "miss",
              s.sustained() ? "ok" : escape("missed: " + s.shortfall())));
    }
    h.append("</tbody></table>\n");
  }
}
