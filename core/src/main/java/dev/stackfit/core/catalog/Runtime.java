package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/** Runtimes a framework runs on; {@code native} is a compiled binary (Go, Rust). */
public enum Runtime implements Identified {
  NODE("node"),
  CPYTHON("cpython"),
  RUBY("ruby"),
  PHP("php"),
  JVM("jvm"),
  DOTNET("dotnet"),
  NATIVE("native"),
  BEAM("beam");

  private final String id;

  Runtime(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
