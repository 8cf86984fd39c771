package dev.stackfit.web.auth;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.SignInAttempts;
import dev.stackfit.web.Templates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sign-in and sign-out pages, with login rate limiting and an audit trail. */
public final class LoginRoutes {
  private final Auth auth;
  private final AccountStore accounts;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final Templates templates = new Templates();

  public LoginRoutes(Auth auth, AccountStore accounts, SignInAttempts attempts, Clock clock) {
    this.auth = auth;
    this.accounts = accounts;
    this.clock = clock;
    this.throttle = new LoginThrottle(attempts);
  }

  public void register(RoutesConfig routes) {
    routes.get("/login", ctx -> page(ctx, "", safeNext(ctx.queryParam("next"))));
    routes.post("/login", this::signIn);
    routes.post(
        "/logout",
        ctx -> {
          auth.signOut(ctx);
          ctx.redirect("/login", HttpStatus.SEE_OTHER);
        });
    routes.exception(
        SignInRequired.class,
        (e, ctx) -> {
          ctx.status(HttpStatus.UNAUTHORIZED);
          page(ctx, "Sign in to continue.", e.getMessage());
        });
  }

  private void signIn(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = safeNext(ctx.formParam("next"));
    Instant now = clock.instant();
    String client = auth.clientAddress(ctx);
    String attempt = Tokens.random();
    Optional<Duration> wait = throttle.reserve(attempt, name, client, now);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      auth.audit(ctx, name, AuditAction.LOGIN_THROTTLED, "wait " + seconds + " s");
      ctx.header("Retry-After", Long.toString(seconds));
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      page(ctx, throttled(seconds), next);
      return;
    }
    // The reservation holds until the outcome is in the audit log, which the throttle reads.
    try {
      Optional<Account> account = accounts.findByName(name);
      boolean ok = account.isPresent() && Passwords.verify(password, account.get().passwordHash());
      if (account.isEmpty()) {
        Passwords.verifyDecoy(password);
      }
      if (!ok) {
        auth.audit(ctx, name, AuditAction.LOGIN_FAILED, account.isEmpty() ? "unknown account" : "");
        ctx.status(HttpStatus.UNAUTHORIZED);
        page(ctx, "Wrong name or password.", next);
        return;
      }
      auth.signIn(ctx, account.get());
    } finally {
      throttle.release(attempt);
    }
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private static String throttled(long seconds) {
    if (seconds <= 1) {
      return "Other sign-in attempts are being checked: try again in a second.";
    }
    if (seconds <= LoginThrottle.MAX_SLOWDOWN.toSeconds()) {
      return "After many failed attempts, sign-ins from new places are slowed down: try again in "
          + seconds
          + " s.";
    }
    return "Too many failed attempts: try again in " + (seconds + 59) / 60 + " min.";
  }

  private void page(Context ctx, String message, String next) {
    templates.page(
        ctx,
        "auth/login.jte",
        new LoginView(message, auth.formToken(ctx), next, auth.usersExist(), auth.adminCommand()));
  }

  /** Only local paths: an open redirect would let a link send people elsewhere after sign-in. */
  static String safeNext(String next) {
    if (next == null || next.length() > 2_000 || !next.startsWith("/") || next.startsWith("//")) {
      return "/sessions";
    }
    // Browsers drop tabs and line breaks from URLs and read a backslash as a slash, so "/\t/x" and
    // "/\\x" would become "//x": another site. Only printable ASCII without backslash passes.
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '\\') {
        return "/sessions";
      }
    }
    URI uri;
    try {
      uri = new URI(next);
    } catch (URISyntaxException e) {
      return "/sessions";
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null) {
      return "/sessions";
    }
    return next.startsWith("/login") ? "/sessions" : next;
  }
}
