package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.history.EvaluationSummary;
import java.util.List;

/**
 * One page of saved evaluations.
 *
 * @param fetched up to {@code size + 1} rows: the extra one only tells that a next page exists
 */
record SavedListView(List<EvaluationSummary> fetched, int page, int size, Catalog catalog) {
  /** What a saved evaluation recommended, by name. */
  String winner(EvaluationSummary s) {
    return s.winner().map(id -> catalog.find(id).map(Framework::name).orElse(id)).orElse("—");
  }

  List<EvaluationSummary> rows() {
    return fetched.subList(0, Math.min(size, fetched.size()));
  }

  boolean hasNext() {
    return fetched.size() > size;
  }
}
