package dev.stackfit.core.evaluation;

import dev.stackfit.core.catalog.Framework;
import java.util.List;

/** A framework removed by the hard constraints, with every constraint it fails. */
public record Exclusion(Framework framework, List<String> reasons) {
  public Exclusion {
    reasons = List.copyOf(reasons);
  }
}
