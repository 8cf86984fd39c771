package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;

/**
 * What sign-in throttling decides on, read from the audit log and the attempts in flight.
 *
 * @param accountFailures failed sign-ins naming the account (ignoring case) since its last
 *     successful one, oldest first, each with its client
 * @param clientFailures failed sign-ins from the client, whatever name they tried, oldest first
 * @param knownClient the account has signed in successfully from this client before
 * @param pendingForAccount attempts on the account still being checked, from any client
 * @param pendingForPair attempts on the account from this client still being checked
 * @param pendingForClient attempts from the client still being checked, on any account
 */
public record SignInHistory(
    List<Failure> accountFailures,
    List<Instant> clientFailures,
    boolean knownClient,
    int pendingForAccount,
    int pendingForPair,
    int pendingForClient) {
  public SignInHistory {
    accountFailures = List.copyOf(accountFailures);
    clientFailures = List.copyOf(clientFailures);
  }

  /** One failed sign-in: when, and from where. */
  public record Failure(Instant at, String client) {}

  /** The account's failures that came from the client, oldest first. */
  public List<Instant> pairFailures(String client) {
    return accountFailures.stream()
        .filter(f -> f.client().equals(client))
        .map(Failure::at)
        .toList();
  }
}
