package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The set of frameworks an evaluation considers, sorted by id so that results never depend on the
 * order files were read in.
 *
 * @param asOf the newest as-of date of any fact: how fresh the catalog is
 * @param frameworks the entries, sorted by id
 */
public record Catalog(LocalDate asOf, List<Framework> frameworks) {
  public Catalog {
    frameworks = frameworks.stream().sorted(Comparator.comparing(Framework::id)).toList();
    for (int i = 1; i < frameworks.size(); i++) {
      if (frameworks.get(i).id().equals(frameworks.get(i - 1).id())) {
        throw new IllegalArgumentException("duplicate framework id " + frameworks.get(i).id());
      }
    }
  }

  public Optional<Framework> find(String id) {
    return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public int size() {
    return frameworks.size();
  }
}
