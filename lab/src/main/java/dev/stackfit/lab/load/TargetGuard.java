package dev.stackfit.lab.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps load on this machine: a target must resolve to loopback only, unless the user named its
 * host explicitly as allowed. A load generator pointed at someone else's server is an attack.
 */
public final class TargetGuard {
  private TargetGuard() {}

  /**
   * Returns why the target is refused, or empty when it may be loaded.
   *
   * @param allowedRemoteHost a host the user explicitly allowed, or null
   */
  public static Optional<String> refusal(URI target, String allowedRemoteHost) {
    String host = target.getHost();
    if (host == null) {
      return Optional.of("the URL has no host");
    }
    if (allowedRemoteHost != null && allowedRemoteHost.equalsIgnoreCase(host)) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return Optional.of(
              host
                  + " resolves to "
                  + address.getHostAddress()
                  + ", which is not loopback;"
                  + " pass --allow-remote "
                  + host
                  + " if you own it and mean it");
        }
      }
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of("cannot resolve host " + host);
    }
  }
}
