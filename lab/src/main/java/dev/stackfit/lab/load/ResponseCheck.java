package dev.stackfit.lab.load;

import java.util.Set;

/**
 * What makes a response count as a success.
 *
 * @param expectedStatuses acceptable status codes; empty means any status below 400
 * @param bodyContains text the body must contain, or null for no body check
 */
public record ResponseCheck(Set<Integer> expectedStatuses, String bodyContains) {
  public ResponseCheck {
    expectedStatuses = Set.copyOf(expectedStatuses);
    if (bodyContains != null && bodyContains.isEmpty()) {
      bodyContains = null;
    }
  }

  /** Any status below 400, body not checked. */
  public static ResponseCheck statusBelow400() {
    return new ResponseCheck(Set.of(), null);
  }

  boolean statusOk(int status) {
    return expectedStatuses.isEmpty() ? status < 400 : expectedStatuses.contains(status);
  }
}
