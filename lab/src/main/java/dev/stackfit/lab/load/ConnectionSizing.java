package dev.stackfit.lab.load;

import java.time.Duration;
import java.util.Locale;

/**
 * How many connections to open and how many requests may be outstanding, with the reasoning.
 *
 * <p>Little's law: requests in the system = arrival rate x time each spends there. Connections are
 * sized for a typical response time; max in-flight for the worst one (the timeout), so the
 * generator only drops requests once the server is hopelessly behind.
 *
 * @param connections keep-alive connections, opened before measuring
 * @param maxInFlight requests sent or waiting for a connection; beyond it new ones are dropped
 * @param reason one or two sentences saying where the numbers came from
 */
public record ConnectionSizing(int connections, int maxInFlight, String reason) {
  /** Response time assumed when sizing connections for the open model. */
  public static final Duration ASSUMED_RESPONSE_TIME = Duration.ofMillis(20);

  static final int MAX_CONNECTIONS = 10_000;
  static final int MAX_IN_FLIGHT = 1_000_000;

  public ConnectionSizing {
    if (connections < 1 || connections > MAX_CONNECTIONS) {
      throw new IllegalArgumentException(
          "connections must be 1.." + MAX_CONNECTIONS + ", got " + connections);
    }
    if (maxInFlight < connections || maxInFlight > MAX_IN_FLIGHT) {
      throw new IllegalArgumentException(
          "max in-flight must be between connections ("
              + connections
              + ") and "
              + MAX_IN_FLIGHT
              + ", got "
              + maxInFlight);
    }
  }

  /**
   * Sizes an open-model run by Little's law; null arguments mean "derive it".
   *
   * @param peakRatePerSec highest target rate of the run
   * @param timeout per-request timeout, the worst latency worth waiting for
   */
  public static ConnectionSizing openModel(
      double peakRatePerSec, Duration timeout, Integer connections, Integer maxInFlight) {
    double timeoutSec = timeout.toNanos() / 1e9;
    int derivedConnections =
        clamp(Math.ceil(peakRatePerSec * ASSUMED_RESPONSE_TIME.toNanos() / 1e9), 8, 1024);
    int conns = connections != null ? connections : derivedConnections;
    int derivedInFlight = clamp(Math.ceil(peakRatePerSec * timeoutSec), conns, MAX_IN_FLIGHT);
    int inFlight = maxInFlight != null ? maxInFlight : Math.max(conns, derivedInFlight);
    String why =
        (connections != null
                ? "connections " + conns + " as given"
                : String.format(
                    Locale.ROOT,
                    "connections %d = peak rate %s/s x %d ms assumed response time"
                        + " (Little's law, 8..1024)",
                    conns,
                    number(peakRatePerSec),
                    ASSUMED_RESPONSE_TIME.toMillis()))
            + "; "
            + (maxInFlight != null
                ? "max in-flight " + inFlight + " as given"
                : String.format(
                    Locale.ROOT,
                    "max in-flight %d = peak rate x timeout %s s: requests beyond it are dropped"
                        + " and counted",
                    inFlight,
                    number(timeoutSec)));
    return new ConnectionSizing(conns, inFlight, why);
  }

  /** Sizes a closed-model run: one outstanding request per connection. */
  public static ConnectionSizing closedModel(int connections) {
    return new ConnectionSizing(
        connections,
        connections,
        "closed model: " + connections + " connections, each with one request outstanding");
  }

  private static int clamp(double value, int min, int max) {
    return (int) Math.max(min, Math.min(max, value));
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.3f", value);
  }
}
