package dev.stackfit.web.team;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.web.Templates;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the team pages (precompiled JTE templates under {@code team/}). */
final class Pages {
  private final Templates templates = new Templates();
  private final Catalog catalog;

  Pages(Catalog catalog) {
    this.catalog = catalog;
  }

  void render(Context ctx, String template, Object model) {
    templates.page(ctx, "team/" + template, model);
  }

  /** Every catalog framework's id to its name. */
  Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    catalog.frameworks().forEach(f -> names.put(f.id(), f.name()));
    return names;
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
