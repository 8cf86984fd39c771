package dev.stackfit.web.auth;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the client is and whether it came over TLS. Forwarded headers ({@code X-Forwarded-For},
 * {@code X-Forwarded-Proto}) are believed only from the reverse proxies the operator named ({@code
 * serve --trusted-proxy ADDR}): any other caller, a process on this machine included, could write
 * them to forge its address in the audit log or to slip past the per-address sign-in limit.
 * Immutable.
 */
public final class TrustedProxies {
  private final Set<InetAddress> proxies;

  /**
   * @param proxies IP addresses (v4 or v6 literals) of trusted reverse proxies; none by default
   * @throws IllegalArgumentException when one is not an IP address
   */
  public TrustedProxies(Set<String> proxies) {
    this.proxies =
        proxies.stream()
            .map(
                p ->
                    address(p)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "a trusted proxy is an IP address, was \"" + p + "\"")))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The client's address: the connection's peer, or, when the peer is a trusted proxy, the last
   * address in {@code X-Forwarded-For} that is not itself a trusted proxy (earlier entries are
   * whatever the client claimed).
   */
  public String clientAddress(Context ctx) {
    String peer = ctx.ip();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !trusted(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!trusted(hop)) {
        return address(hop).isPresent() ? hop : peer;
      }
    }
    return peer;
  }

  /** TLS here, or a trusted proxy says the client used it. */
  public boolean secure(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    return "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) && trusted(ctx.ip());
  }

  private boolean trusted(String address) {
    return !proxies.isEmpty() && address(address).filter(proxies::contains).isPresent();
  }

  /** An IP literal as an address; never a DNS lookup, so names and junk are empty. */
  static Optional<InetAddress> address(String text) {
    if (text == null
        || text.length() > 100
        || !(text.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || text.matches("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
