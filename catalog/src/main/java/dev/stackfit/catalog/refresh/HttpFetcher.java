package dev.stackfit.catalog.refresh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * GETs JSON from the public APIs politely: with timeouts, conditional requests from the cache (304
 * reuses the cached body), and waiting out 429 (or GitHub's 403 with an exhausted quota) as
 * Retry-After says, up to a limit. Every failure becomes a one-line {@link
 * SourceUnavailableException}.
 */
final class HttpFetcher {
  /** Waits between attempts; tests replace it to keep time. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final int MAX_ATTEMPTS = 3;
  private static final Duration DEFAULT_RETRY = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final Duration timeout;
  private final Duration maxWait;
  private final ConditionalCache cache;
  private final Sleeper sleeper;

  HttpFetcher(Duration timeout, Duration maxWait, ConditionalCache cache, Sleeper sleeper) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxWait = maxWait;
    this.cache = cache;
    this.sleeper = sleeper;
  }

  /** The JSON at {@code uri}; empty on 404. */
  Optional<JsonNode> getJson(RefreshSource source, URI uri, Map<String, String> headers) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response = send(source, uri, headers);
      int status = response.statusCode();
      if (status == 304) {
        return cache.get(uri.toString()).map(e -> parse(source, uri, e.body()));
      }
      if (status == 200) {
        cache.put(
            uri.toString(),
            header(response, "ETag"),
            header(response, "Last-Modified"),
            response.body());
        return Optional.of(parse(source, uri, response.body()));
      }
      if (status == 404) {
        return Optional.empty();
      }
      Optional<Duration> wait = rateLimitWait(response);
      if (wait.isEmpty()) {
        throw new SourceUnavailableException(
            source, source.label() + " answered HTTP " + status + " for " + uri);
      }
      if (attempt >= MAX_ATTEMPTS || wait.get().compareTo(maxWait) > 0) {
        throw new SourceUnavailableException(
            source,
            source.label()
                + " is rate limiting (HTTP "
                + status
                + "); retry after "
                + wait.get().toSeconds()
                + " s");
      }
      pause(source, wait.get());
    }
  }

  private HttpResponse<String> send(RefreshSource source, URI uri, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).GET().header("User-Agent", "stackfit-refresh");
    headers.forEach(request::header);
    cache
        .get(uri.toString())
        .ifPresent(
            e -> {
              if (e.etag() != null) {
                request.header("If-None-Match", e.etag());
              }
              if (e.lastModified() != null) {
                request.header("If-Modified-Since", e.lastModified());
              }
            });
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new SourceUnavailableException(
          source,
          "cannot reach " + source.label() + ": timed out after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new SourceUnavailableException(
          source, "cannot reach " + source.label() + ": " + reason(e, uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException(source, source.label() + ": interrupted");
    }
  }

  /** A short cause for a failed connection; the JDK often leaves the message empty. */
  static String reason(IOException failure, URI uri) {
    String message = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.nio.channels.UnresolvedAddressException
          || t instanceof java.net.UnknownHostException) {
        return "cannot resolve " + uri.getHost() + " (no network?)";
      }
      if (t instanceof java.net.ConnectException
          || t instanceof java.nio.channels.ClosedChannelException) {
        return "connection to " + uri.getHost() + " refused or unreachable (no network?)";
      }
      if (message == null && t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message != null ? message : "I/O error (" + failure.getClass().getSimpleName() + ")";
  }

  private static JsonNode parse(RefreshSource source, URI uri, String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new SourceUnavailableException(
            source, source.label() + " sent an empty body for " + uri);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new SourceUnavailableException(
          source, source.label() + " sent malformed JSON for " + uri);
    }
  }

  /** How long a rate-limited response asks us to wait; empty when it is not rate limiting. */
  static Optional<Duration> rateLimitWait(HttpResponse<?> response) {
    int status = response.statusCode();
    boolean quotaExhausted = status == 403 && "0".equals(header(response, "X-RateLimit-Remaining"));
    if (status != 429 && status != 503 && !quotaExhausted) {
      return Optional.empty();
    }
    String retryAfter = header(response, "Retry-After");
    if (retryAfter != null) {
      return Optional.of(retryAfter(retryAfter.strip(), Instant.now()));
    }
    String reset = header(response, "X-RateLimit-Reset");
    if (reset != null && reset.strip().matches("\\d+")) {
      long seconds = Long.parseLong(reset.strip()) - Instant.now().getEpochSecond();
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    }
    return status == 503 ? Optional.empty() : Optional.of(DEFAULT_RETRY);
  }

  /** Retry-After is either delay seconds or an HTTP date (RFC 9110). */
  static Duration retryAfter(String value, Instant now) {
    if (value.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return DEFAULT_RETRY;
    }
  }

  private void pause(RefreshSource source, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException(source, source.label() + ": interrupted");
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
