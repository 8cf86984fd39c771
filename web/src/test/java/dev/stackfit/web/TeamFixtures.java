package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;

/** Opens the web tests' fixture catalog to the team tests in other packages. */
public final class TeamFixtures {
  private TeamFixtures() {}

  /** The fixed, hand-built catalog: golden files must not move when the shipped catalog does. */
  public static Catalog catalog() {
    return TestCatalog.full();
  }
}
