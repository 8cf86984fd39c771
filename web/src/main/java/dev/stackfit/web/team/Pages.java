package dev.stackfit.web.team;

import dev.stackfit.core.catalog.Catalog;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the team pages (precompiled JTE templates under {@code team/}). */
final class Pages {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.stackfit.web");
  private final Catalog catalog;

  Pages(Catalog catalog) {
    this.catalog = catalog;
  }

  void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render("team/" + template, model, out);
    ctx.html(out.toString());
  }

  Map<String, String> names(List<String> frameworks) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String id : frameworks) {
      names.put(
          id,
          catalog.frameworks().stream()
              .filter(f -> f.id().equals(id))
              .findFirst()
              .map(f -> f.name())
              .orElse(id));
    }
    return names;
  }
}
