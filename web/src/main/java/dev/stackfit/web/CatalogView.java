package dev.stackfit.web;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.formats.report.Labels;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The catalog browse page: the filter form and the frameworks it lets through. */
record CatalogView(CatalogFilter filter, Catalog catalog) {
  /** The frameworks the filter lets through, by name as people look them up. */
  List<Framework> frameworks() {
    return filter.apply(catalog).stream()
        .sorted(Comparator.comparing((Framework f) -> f.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** An id's words ("Thread per request", "C#"). */
  static String words(Identified value) {
    return Labels.of(value);
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
