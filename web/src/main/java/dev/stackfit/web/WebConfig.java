package dev.stackfit.web;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.history.EvaluationStore;
import dev.stackfit.formats.profile.ProfileReader;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the web app needs, wired by the caller (the cli's {@code serve} and {@code demo}).
 *
 * @param host address to bind; "127.0.0.1" keeps the app private to this machine
 * @param port TCP port, or 0 for any free port
 * @param catalog the frameworks evaluations consider
 * @param store where evaluations are saved
 * @param clock gives the evaluation day and save times
 * @param profileReader parses submitted profiles; must know the catalog's ids
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param sensitivitySamples Monte Carlo samples per evaluation (0 skips the sensitivity analysis)
 * @param adminCommand the command that creates the first administrator in this app's database (with
 *     the {@code --data} or {@code --db} option it needs), for hints on pages
 * @param trustedProxies IP addresses of the reverse proxies whose {@code X-Forwarded-For} and
 *     {@code X-Forwarded-Proto} headers are believed; empty (the default) believes nobody's
 * @param publicUrl the address people use to reach the app ({@code https://stackfit.example.org/}),
 *     for every absolute link it writes; empty means the address it was started on
 */
public record WebConfig(
    String host,
    int port,
    Catalog catalog,
    EvaluationStore store,
    Clock clock,
    ProfileReader profileReader,
    int maxBodyBytes,
    int sensitivitySamples,
    String adminCommand,
    Set<String> trustedProxies,
    Optional<URI> publicUrl) {
  /** The hint for an app on the default data folder. */
  public static final String DEFAULT_ADMIN_COMMAND = "stackfit user add --admin NAME";

  /** Default request body limit: far above any real profile, far below memory trouble. */
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

  public WebConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a host to bind is required");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (catalog == null || store == null || clock == null || profileReader == null) {
      throw new IllegalArgumentException("catalog, store, clock and profile reader are required");
    }
    if (maxBodyBytes < 1_024) {
      throw new IllegalArgumentException("body limit must be at least 1 KiB, was " + maxBodyBytes);
    }
    if (adminCommand == null || adminCommand.isBlank()) {
      throw new IllegalArgumentException("the command that creates an administrator is required");
    }
    if (sensitivitySamples < 0) {
      throw new IllegalArgumentException("samples must not be negative, was " + sensitivitySamples);
    }
    trustedProxies = Set.copyOf(trustedProxies);
    publicUrl = publicUrl.map(WebConfig::withSlash);
  }

  /** Without trusted proxies or a public address. */
  public WebConfig(
      String host,
      int port,
      Catalog catalog,
      EvaluationStore store,
      Clock clock,
      ProfileReader profileReader,
      int maxBodyBytes,
      int sensitivitySamples,
      String adminCommand) {
    this(
        host,
        port,
        catalog,
        store,
        clock,
        profileReader,
        maxBodyBytes,
        sensitivitySamples,
        adminCommand,
        Set.of(),
        Optional.empty());
  }

  /** The same configuration, believing forwarded headers from {@code proxies}. */
  public WebConfig withTrustedProxies(Set<String> proxies) {
    return new WebConfig(
        host,
        port,
        catalog,
        store,
        clock,
        profileReader,
        maxBodyBytes,
        sensitivitySamples,
        adminCommand,
        proxies,
        publicUrl);
  }

  /** The same configuration, writing absolute links to {@code url}. */
  public WebConfig withPublicUrl(Optional<URI> url) {
    return new WebConfig(
        host,
        port,
        catalog,
        store,
        clock,
        profileReader,
        maxBodyBytes,
        sensitivitySamples,
        adminCommand,
        trustedProxies,
        url);
  }

  private static URI withSlash(URI url) {
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getRawAuthority() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "a public address is an http(s) URL without query or fragment, was " + url);
    }
    return url.toString().endsWith("/") ? url : URI.create(url + "/");
  }

  /** Loopback only, the given port, default limits and 10,000 sensitivity samples. */
  public static WebConfig local(
      int port, Catalog catalog, EvaluationStore store, Clock clock, ProfileReader reader) {
    return new WebConfig(
        "127.0.0.1",
        port,
        catalog,
        store,
        clock,
        reader,
        DEFAULT_MAX_BODY_BYTES,
        10_000,
        DEFAULT_ADMIN_COMMAND);
  }
}
