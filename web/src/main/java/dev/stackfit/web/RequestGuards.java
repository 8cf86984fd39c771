package dev.stackfit.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Security headers on every response, same-origin checks on writes, and bounded bodies. */
final class RequestGuards {
  // No inline script or style anywhere: every asset is a file served by this app.
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  private final int maxBodyBytes;

  RequestGuards(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    // Pages, API answers and downloads describe the team and its plans: no browser or proxy cache
    // may keep them. Static assets replace this with their own max-age.
    ctx.header("Cache-Control", "no-store");
  }

  /**
   * Refuses state-changing requests sent by another site's page. Browsers always send Origin or
   * Sec-Fetch-Site on cross-site POSTs; scripts and curl send neither and are let through.
   */
  void sameOrigin(Context ctx) {
    if (!"POST".equals(ctx.method().name())) {
      return;
    }
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      throw crossSite("Sec-Fetch-Site is " + fetchSite);
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.header("Host"))) {
      throw crossSite("Origin " + origin + " is not this site");
    }
    if ("null".equals(origin)) {
      throw crossSite("Origin is null");
    }
  }

  private static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return host != null && host.equalsIgnoreCase(authority);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static HttpProblem crossSite(String why) {
    return new HttpProblem(
        403,
        "cross-origin",
        "Cross-origin request refused",
        why + ": writes must come from this site");
  }

  /**
   * Refuses a body declared larger than the limit before anything reads it: form and multipart
   * parsing (the CSRF check reads form fields) must never be the first to see an oversized body.
   * Bodies sent without a length are bounded where they are read: {@link #body} and the multipart
   * limits set in {@code WebApp}.
   */
  void declaredSize(Context ctx) {
    if (ctx.req().getContentLengthLong() > maxBodyBytes) {
      throw tooLarge();
    }
  }

  /** Reads the body as UTF-8, refusing more than the configured limit with 413. */
  String body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      if (bytes.length > maxBodyBytes) {
        throw tooLarge();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HttpProblem(400, "unreadable-body", "Unreadable body", e.getMessage());
    }
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(
        413,
        "body-too-large",
        "Request body too large",
        "the body is larger than " + maxBodyBytes + " bytes");
  }
}
