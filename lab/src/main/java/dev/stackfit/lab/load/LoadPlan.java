package dev.stackfit.lab.load;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one load run needs; validated on construction and always bounded in time.
 *
 * @param target http URL to send to (https is not supported)
 * @param mode open (scheduled) or closed (as fast as possible)
 * @param rate open model's target rate over the duration; null in the closed model
 * @param arrival spacing of intended starts (open model)
 * @param sizing connections and in-flight limit
 * @param threads event-loop threads; connections and rate are split evenly between them
 * @param duration measured time, after the warm-up
 * @param maxRequests stop after this many measured requests; 0 for no count limit
 * @param warmup time before measuring, at the initial rate; excluded from all results
 * @param timeout per request, from the actual send; also the connect timeout
 * @param request what to send
 * @param check what counts as a good response
 * @param seed random seed for Poisson arrivals
 */
public record LoadPlan(
    URI target,
    LoadMode mode,
    RateCurve rate,
    Arrival arrival,
    ConnectionSizing sizing,
    int threads,
    Duration duration,
    long maxRequests,
    Duration warmup,
    Duration timeout,
    RequestTemplate request,
    ResponseCheck check,
    long seed) {

  /** Longest run allowed: every run is bounded. */
  public static final Duration MAX_DURATION = Duration.ofHours(1);

  public LoadPlan {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(arrival, "arrival");
    Objects.requireNonNull(sizing, "sizing");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(check, "check");
    if (!"http".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
      throw new IllegalArgumentException("target must be an http:// URL with a host: " + target);
    }
    if ((mode == LoadMode.OPEN) != (rate != null)) {
      throw new IllegalArgumentException("the open model needs a rate, the closed model none");
    }
    if (threads < 1 || threads > sizing.connections()) {
      throw new IllegalArgumentException(
          "threads must be 1..connections (" + sizing.connections() + "), got " + threads);
    }
    within(duration, Duration.ofMillis(1), "duration");
    within(warmup, Duration.ZERO, "warmup");
    within(timeout, Duration.ofMillis(1), "timeout");
    if (maxRequests < 0) {
      throw new IllegalArgumentException("maxRequests must be >= 0, got " + maxRequests);
    }
  }

  /** Port of the target, defaulting to 80. */
  public int port() {
    return target.getPort() > 0 ? target.getPort() : 80;
  }

  /** Path and query to put on the request line. */
  public String pathAndQuery() {
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
  }

  private static void within(Duration value, Duration min, String name) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + MAX_DURATION + ", got " + value);
    }
  }
}
