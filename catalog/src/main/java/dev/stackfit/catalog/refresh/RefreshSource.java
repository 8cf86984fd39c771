package dev.stackfit.catalog.refresh;

import dev.stackfit.core.Identified;
import java.net.URI;

/** The public APIs {@code stackfit catalog refresh} imports from. */
public enum RefreshSource implements Identified {
  ENDOFLIFE("endoflife", "endoflife.date", "https://endoflife.date/api/v1"),
  GITHUB("github", "GitHub", "https://api.github.com"),
  DEPSDEV("depsdev", "deps.dev", "https://api.deps.dev");

  private final String id;
  private final String label;
  private final URI defaultBase;

  RefreshSource(String id, String label, String defaultBase) {
    this.id = id;
    this.label = label;
    this.defaultBase = URI.create(defaultBase);
  }

  @Override
  public String id() {
    return id;
  }

  /** The name users know the service by, for messages. */
  public String label() {
    return label;
  }

  public URI defaultBase() {
    return defaultBase;
  }

  /** The id of the source entry imported figures from this API cite. */
  String sourceId() {
    return "imported-" + id;
  }
}
