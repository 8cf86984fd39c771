package dev.stackfit.web;

import io.javalin.http.Context;

/**
 * What every page's frame needs to know about the request: who is signed in (for "Signed in as" and
 * "Sign out"), and the CSRF token its forms carry as a hidden field, so they work without script.
 *
 * @param signedInAs the signed-in account's name, or "" when nobody is
 * @param csrf the sign-in session's CSRF token, or "" when nobody is signed in
 */
public record PageFrame(String signedInAs, String csrf) {
  /** Nobody signed in: no accounts, or a page shown before sign-in. */
  public static final PageFrame ANONYMOUS = new PageFrame("", "");

  private static final String ATTRIBUTE = "stackfit.pageFrame";

  /** Remembers the signed-in account for this request's pages. */
  public static void set(Context ctx, String signedInAs, String csrf) {
    ctx.attribute(ATTRIBUTE, new PageFrame(signedInAs, csrf));
  }

  /** The frame of this request's pages. */
  public static PageFrame of(Context ctx) {
    PageFrame frame = ctx.attribute(ATTRIBUTE);
    return frame == null ? ANONYMOUS : frame;
  }

  public boolean signedIn() {
    return !signedInAs.isEmpty();
  }
}
