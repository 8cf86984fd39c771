package dev.stackfit.lab.diff;

import static dev.stackfit.formats.report.Html.escape;

/** The report of {@code lab diff} as one self-contained HTML page, without scripts. */
public final class DiffHtml {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;"
          + "color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid"
          + " #ccc;padding:4px 8px;text-align:left;vertical-align:top}code{font-size:.9em}"
          + ".same{color:#1a7f37}.differ{color:#b42318}.noise{color:#555}";

  private DiffHtml() {}

  public static String render(DiffReport r) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>lab diff</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>lab diff</h1>\n<p>Old: <code>")
        .append(escape(r.oldUrl().toString()))
        .append("</code>, new: <code>")
        .append(escape(r.newUrl().toString()))
        .append("</code>. ")
        .append(r.requests())
        .append(" requests sent to each; noise learned from ")
        .append(escape(r.noiseFrom()))
        .append(". Headers compared: ")
        .append(escape(r.headers().isEmpty() ? "none" : String.join(", ", r.headers())))
        .append(".</p>\n<p class=\"")
        .append(r.same() ? "same" : "differ")
        .append("\"><b>")
        .append(escape(DiffText.verdict(r)))
        .append("</b></p>\n");
    for (DiffReport.Endpoint e : r.endpoints()) {
      endpoint(h, e);
    }
    return h.append("</body></html>\n").toString();
  }

  private static void endpoint(StringBuilder h, DiffReport.Endpoint e) {
    h.append("<h2><code>")
        .append(escape(e.endpoint()))
        .append("</code></h2>\n<p class=\"")
        .append(e.differing() == 0 ? "same" : "differ")
        .append("\">")
        .append(e.requests())
        .append(" requests, ")
        .append(e.differing() == 0 ? "no difference" : e.differing() + " differ")
        .append("</p>\n");
    if (!e.noise().isEmpty()) {
      h.append("<p class=\"noise\">Ignored as noise: <code>")
          .append(escape(String.join(", ", e.noise())))
          .append("</code></p>\n");
    }
    if (e.fields().isEmpty()) {
      return;
    }
    h.append("<table><tr><th>field</th><th>requests</th><th>example</th><th>old</th>")
        .append("<th>new</th></tr>\n");
    for (DiffReport.Field f : e.fields()) {
      for (int i = 0; i < f.examples().size(); i++) {
        DiffReport.Example x = f.examples().get(i);
        h.append("<tr>");
        if (i == 0) {
          h.append("<td rowspan=\"")
              .append(f.examples().size())
              .append("\"><code>")
              .append(escape(f.field()))
              .append("</code></td><td rowspan=\"")
              .append(f.examples().size())
              .append("\">")
              .append(f.requests())
              .append("</td>");
        }
        h.append("<td><code>")
            .append(escape(x.request()))
            .append("</code><br><small>")
            .append(escape(x.origin()))
            .append("</small></td><td><code>")
            .append(escape(x.oldValue()))
            .append("</code></td><td><code>")
            .append(escape(x.newValue()))
            .append("</code></td></tr>\n");
      }
    }
    h.append("</table>\n");
  }
}
