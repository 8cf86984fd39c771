package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Support;
import java.util.List;

/** The catalog browse page: the filter form and the frameworks it lets through. */
record CatalogView(CatalogFilter filter, Catalog catalog) {
  List<Framework> frameworks() {
    return filter.apply(catalog);
  }

  String selected(String part) {
    return switch (part) {
      case "language" -> CatalogFilter.selected(filter.language());
      case "requestModel" -> CatalogFilter.selected(filter.requestModel());
      case "structure" -> CatalogFilter.selected(filter.structure());
      case "philosophy" -> CatalogFilter.selected(filter.philosophy());
      case "feature" -> CatalogFilter.selected(filter.feature());
      default -> "";
    };
  }

  static long builtIn(Framework f) {
    return List.of(Feature.values()).stream()
        .filter(x -> f.support(x) == Support.BUILT_IN || f.support(x) == Support.FIRST_PARTY)
        .count();
  }
}
