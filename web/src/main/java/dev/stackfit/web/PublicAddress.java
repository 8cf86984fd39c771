package dev.stackfit.web;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Where absolute links point (invitation links, sent to colleagues): the configured public address
 * ({@code serve --public-url}), else the address the app was started on. Never the request's {@code
 * Host} header, which a proxy may pass through from anyone.
 */
public final class PublicAddress {
  private final WebConfig config;

  public PublicAddress(WebConfig config) {
    this.config = config;
  }

  /** The absolute URL of {@code path} (which starts with "/"). */
  public String link(Context ctx, String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a path starts with /, was " + path);
    }
    return base(ctx) + path.substring(1);
  }

  private String base(Context ctx) {
    return config
        .publicUrl()
        .map(URI::toString)
        .orElseGet(
            () -> {
              String host = config.host();
              String literal =
                  host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
              // The port this connection reached, which is the one the app listens on (the
              // configured port may be 0, "any free one").
              return "http://" + literal + ":" + ctx.req().getLocalPort() + "/";
            });
  }
}
