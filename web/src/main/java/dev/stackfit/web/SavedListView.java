package dev.stackfit.web;

import dev.stackfit.core.history.EvaluationSummary;
import java.util.List;

/**
 * One page of saved evaluations.
 *
 * @param fetched up to {@code size + 1} rows: the extra one only tells that a next page exists
 */
record SavedListView(List<EvaluationSummary> fetched, int page, int size) {
  List<EvaluationSummary> rows() {
    return fetched.subList(0, Math.min(size, fetched.size()));
  }

  boolean hasNext() {
    return fetched.size() > size;
  }
}
