package dev.stackfit.core.advisories;

import dev.stackfit.core.Identified;

/** The guide's edge cases, as the advisory ids of docs/contracts/recommend-json.md. */
public enum AdvisoryId implements Identified {
  EXTREME_PERFORMANCE("extreme-performance"),
  ASYNC_LEARNING_CURVE("async-learning-curve"),
  CONVENTIONS_FOR_TEAM("conventions-for-team"),
  MICROSERVICE_INTEROP("microservice-interop"),
  SHORT_LIVED("short-lived"),
  RETRAINING_WORTH_IT("retraining-worth-it"),
  YOUNG_FRAMEWORK("young-framework"),
  WHOLE_STACK("whole-stack"),
  POC_NEXT("poc-next");

  private final String id;

  AdvisoryId(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
