package dev.stackfit.core.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of frameworks an evaluation considers, sorted by id so that results never depend on the
 * order files were read in.
 *
 * @param asOf the newest as-of date of any fact: how fresh the catalog is
 * @param frameworks the entries, sorted by id
 * @param runtimes lifecycles of the runtimes the catalog knows; a runtime may be missing
 */
public record Catalog(
    LocalDate asOf, List<Framework> frameworks, Map<Runtime, RuntimeLifecycle> runtimes) {
  /** A catalog without runtime lifecycles. */
  public Catalog(LocalDate asOf, List<Framework> frameworks) {
    this(asOf, frameworks, Map.of());
  }

  public Catalog {
    runtimes =
        Collections.unmodifiableMap(
            runtimes.isEmpty() ? new EnumMap<>(Runtime.class) : new EnumMap<>(runtimes));
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

  /** The lifecycle of {@code runtime}, when the catalog has one. */
  public Optional<RuntimeLifecycle> runtime(Runtime runtime) {
    return Optional.ofNullable(runtimes.get(runtime));
  }

  public int size() {
    return frameworks.size();
  }
}
