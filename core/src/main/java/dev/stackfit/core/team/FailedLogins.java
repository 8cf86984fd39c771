package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/**
 * Recent failed sign-ins from the audit log, oldest first: what sign-in throttling decides on.
 *
 * @param forAccount failures naming the account (case-insensitively) since its last successful
 *     sign-in
 * @param fromClient failures from the client address, whatever account they named
 */
public record FailedLogins(List<Instant> forAccount, List<Instant> fromClient) {
  public FailedLogins {
    forAccount = List.copyOf(forAccount);
    fromClient = List.copyOf(fromClient);
  }
}
