package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/** Where request time goes. */
public enum Workload implements Identified {
  IO_BOUND("io-bound"),
  CPU_BOUND("cpu-bound"),
  MIXED("mixed");

  private final String id;

  Workload(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
