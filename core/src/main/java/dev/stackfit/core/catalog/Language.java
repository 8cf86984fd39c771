package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/** Programming languages frameworks are written in (ids of docs/contracts/README.md). */
public enum Language implements Identified {
  JAVASCRIPT("javascript"),
  TYPESCRIPT("typescript"),
  PYTHON("python"),
  RUBY("ruby"),
  PHP("php"),
  JAVA("java"),
  KOTLIN("kotlin"),
  SCALA("scala"),
  GROOVY("groovy"),
  CSHARP("csharp"),
  FSHARP("fsharp"),
  GO("go"),
  RUST("rust"),
  ELIXIR("elixir");

  private final String id;

  Language(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
