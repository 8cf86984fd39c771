package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Philosophy;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.catalog.Support;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * A catalog query; an empty part matches everything.
 *
 * @param language frameworks usable from this language
 * @param requestModel frameworks offering this request model (default or optional)
 * @param structure convention or flexible
 * @param philosophy batteries or modular
 * @param feature frameworks that provide this feature in any way
 */
record CatalogFilter(
    Optional<Language> language,
    Optional<RequestModel> requestModel,
    Optional<Structure> structure,
    Optional<Philosophy> philosophy,
    Optional<Feature> feature) {

  static CatalogFilter from(Context ctx) {
    return new CatalogFilter(
        param(ctx, "language", Language.class),
        param(ctx, "requestModel", RequestModel.class),
        param(ctx, "structure", Structure.class),
        param(ctx, "philosophy", Philosophy.class),
        param(ctx, "feature", Feature.class));
  }

  List<Framework> apply(Catalog catalog) {
    return catalog.frameworks().stream().filter(this::matches).toList();
  }

  boolean matches(Framework f) {
    return language.map(l -> f.languages().value().contains(l)).orElse(true)
        && requestModel.map(f::offers).orElse(true)
        && structure.map(s -> f.structure().value() == s).orElse(true)
        && philosophy.map(p -> f.philosophy().value() == p).orElse(true)
        && feature.map(x -> f.support(x) != Support.NONE).orElse(true);
  }

  /** The id of a selected value, or "" for "any": what the filter form shows as selected. */
  static String selected(Optional<? extends Identified> value) {
    return value.map(Identified::id).orElse("");
  }

  private static <E extends Enum<E> & Identified> Optional<E> param(
      Context ctx, String name, Class<E> type) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String id = raw.trim();
    return Optional.of(
        Identified.byId(type, id)
            .orElseThrow(
                () ->
                    HttpProblem.badRequest(
                        "bad-parameter", name + ": " + Identified.notOneOf(type, id))));
  }
}
