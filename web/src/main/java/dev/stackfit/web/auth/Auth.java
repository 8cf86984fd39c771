package dev.stackfit.web.auth;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.LoginStore;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.PageFrame;
import dev.stackfit.web.WebConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, and whether they may: resolves the sign-in cookie, demands a signed-in account
 * once any account exists, and refuses state changes without the session's CSRF token.
 */
public final class Auth {
  static final String SESSION_COOKIE = "stackfit_session";
  static final String CSRF_COOKIE = "stackfit_csrf";
  static final String FORM_COOKIE = "stackfit_form";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final Duration LOGIN_LIFETIME = Duration.ofHours(12);

  private static final String PRINCIPAL = "stackfit.principal";
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
  // Posts that change nothing, which a read token may make.
  private static final Pattern READ_ONLY_POSTS =
      Pattern.compile("/api/v1/(ahp|decisions/[^/]+/reassessment)");
  private static final List<String> PUBLIC_PREFIXES =
      List.of("/login", "/health", "/static/", "/favicon", "/invitations/");
  // The API's one operation for callers without an account: an invitation's token, not a cookie,
  // is its credential, and it sets no cookie, so there is nothing for another site to forge.
  private static final Pattern INVITATION_SIGN_UP =
      Pattern.compile("/api/v1/invitations/[^/]+/account");

  private final AccountStore accounts;
  private final LoginStore logins;
  private final AuditLog audit;
  private final Clock clock;
  private final TrustedProxies proxies;
  private final ApiTokens tokens;
  private final Set<String> localHostNames;
  private static final String ADMIN_COMMAND = "stackfit.adminCommand";
  private final String adminCommand;
  private volatile boolean usersExist;
  private volatile long checkedAtNanos;

  /**
   * @param boundHost the address the app listens on; without accounts, requests must name it or a
   *     loopback name in their Host header
   * @param adminCommand the command that creates the first administrator in this app's database
   * @param proxies whose forwarded headers to believe
   * @param tokens the personal API tokens that {@code Authorization: Bearer} may carry
   */
  public Auth(
      AccountStore accounts,
      LoginStore logins,
      AuditLog audit,
      Clock clock,
      String boundHost,
      String adminCommand,
      TrustedProxies proxies,
      ApiTokens tokens) {
    this.accounts = accounts;
    this.logins = logins;
    this.audit = audit;
    this.clock = clock;
    this.proxies = proxies;
    this.tokens = tokens;
    this.adminCommand = adminCommand;
    this.localHostNames =
        Set.copyOf(
            List.of(
                "localhost",
                "127.0.0.1",
                "[::1]",
                boundHost.contains(":") && !boundHost.startsWith("[")
                    ? "[" + boundHost.toLowerCase(Locale.ROOT) + "]"
                    : boundHost.toLowerCase(Locale.ROOT)));
    this.checkedAtNanos = System.nanoTime() - 2_000_000_000L;
  }

  /** True once any account exists; accounts are never deleted, so this never turns false. */
  public boolean usersExist() {
    // Until the first account exists, ask the database at most once a second: the single-user
    // mode should not pay a query per request. Accounts are never deleted, so true is final.
    long now = System.nanoTime();
    if (!usersExist && now - checkedAtNanos > 1_000_000_000L) {
      checkedAtNanos = now;
      usersExist = accounts.count() > 0;
    }
    return usersExist;
  }

  /** The before-handler for every request. */
  public void before(Context ctx) {
    ctx.attribute(ADMIN_COMMAND, adminCommand);
    Optional<Principal> principal = resolve(ctx);
    principal.ifPresent(p -> remember(ctx, p));
    if (!usersExist()) {
      // Nobody signs in on a stackfit without accounts, so it answers this machine only, whatever
      // address it was bound to (`serve` refuses other addresses then, too).
      if (!loopback(clientAddress(ctx)) && !ctx.path().equals("/health")) {
        throw HttpProblem.forbidden(
            "local-only",
            "this stackfit has no accounts, so it answers only on this machine; its owner can add"
                + " accounts with `"
                + adminCommand
                + "`");
      }
      // A page elsewhere whose DNS name is made to point at 127.0.0.1 ("DNS rebinding") would be
      // same-origin with this app; its requests carry that name in Host, so only local names pass.
      String host = ctx.header("Host");
      if (host != null && !localHostNames.contains(hostName(host))) {
        throw HttpProblem.forbidden(
            "foreign-host",
            "Host "
                + hostName(host)
                + " is not this machine's name; without accounts stackfit answers requests for"
                + " localhost or 127.0.0.1 only");
      }
      return;
    }
    boolean signUp = INVITATION_SIGN_UP.matcher(ctx.path()).matches();
    boolean open = signUp || PUBLIC_PREFIXES.stream().anyMatch(ctx.path()::startsWith);
    if (principal.isEmpty() && !open) {
      if (ctx.path().startsWith("/api/") || !"GET".equals(ctx.method().name())) {
        throw HttpProblem.unauthorized("sign in first: this stackfit has accounts");
      }
      String query = ctx.queryString();
      throw new SignInRequired(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query));
    }
    boolean unsafe = UNSAFE.contains(ctx.method().name());
    Optional<ApiToken> token = principal.flatMap(Principal::token);
    if (token.isPresent()) {
      // No browser sends a bearer token by itself, so a request with one cannot be forged by
      // another site: it needs no CSRF token, only a scope that covers it.
      checkScope(ctx, principal.get(), token.get(), unsafe);
    } else if (unsafe && (principal.isPresent() || !signUp)) {
      // A signed-in session's cookie is ambient, so it needs its CSRF token here as everywhere.
      checkCsrf(ctx, principal);
    }
  }

  /**
   * The caller of a request with {@code Authorization: Bearer} under {@code /api/}: the token's
   * account, or 401 when the token is unknown, expired or revoked. Empty without such a header.
   */
  private Optional<Principal> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Bearer ", 0, 7)
        || !ctx.path().startsWith("/api/")
        || !usersExist()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> token = tokens.find(header.substring(7).strip());
    Optional<Account> account =
        token.filter(t -> t.usable(now)).flatMap(t -> accounts.find(t.accountId()));
    if (account.isEmpty()) {
      audit(
          ctx,
          token.flatMap(t -> accounts.find(t.accountId())).map(Account::name).orElse(""),
          AuditAction.TOKEN_REFUSED,
          token
              .map(t -> t.describe() + (t.revokedAt().isPresent() ? " revoked" : " expired"))
              .orElse("unknown token"));
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new HttpProblem(
          401,
          "invalid-token",
          "Invalid token",
          "the bearer token is unknown, expired or revoked; make a new one on /tokens or with"
              + " `stackfit user token create`");
    }
    return Optional.of(new Principal(account.get(), token.get()));
  }

  /** A read token reads (and reassesses); every use is recorded, every change audited. */
  private void checkScope(Context ctx, Principal p, ApiToken token, boolean unsafe) {
    Instant now = clock.instant();
    boolean allowed =
        !unsafe
            || token.scope() == TokenScope.READ_WRITE
            || READ_ONLY_POSTS.matcher(ctx.path()).matches();
    String use = ctx.method().name() + " " + ctx.path() + " with " + token.describe();
    if (!allowed) {
      audit(ctx, p.account().name(), AuditAction.TOKEN_REFUSED, use + ": beyond its scope");
      throw HttpProblem.forbidden(
          "token-scope",
          "token \""
              + token.name()
              + "\" may only read; "
              + ctx.method().name()
              + " needs a read-write token");
    }
    boolean firstReadThisHour =
        token.lastUsedAt().map(at -> !ApiTokens.sameHour(at, now)).orElse(true);
    if (unsafe || firstReadThisHour) {
      audit(ctx, p.account().name(), AuditAction.TOKEN_USED, use);
    }
    tokens.used(token, now);
  }

  private static void remember(Context ctx, Principal p) {
    ctx.attribute(PRINCIPAL, p);
    PageFrame.set(ctx, p.account().name(), p.csrfToken());
  }

  private Optional<Principal> resolve(Context ctx) {
    Optional<Principal> bearer = bearer(ctx);
    if (bearer.isPresent()) {
      return bearer;
    }
    String token = ctx.cookie(SESSION_COOKIE);
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return logins
        .find(Tokens.hash(token))
        .filter(login -> !login.expired(now))
        .flatMap(login -> accounts.find(login.accountId()).map(a -> new Principal(a, login)));
  }

  private static void checkCsrf(Context ctx, Optional<Principal> principal) {
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null && formBody(ctx)) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    String expected = principal.map(Principal::csrfToken).orElseGet(() -> ctx.cookie(FORM_COOKIE));
    if (expected == null || !Tokens.same(expected, sent)) {
      throw HttpProblem.forbidden(
          "csrf",
          "missing or wrong CSRF token: send the form again from its page, or the "
              + CSRF_HEADER
              + " header");
    }
  }

  private static boolean formBody(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** The signed-in account of this request, if any. */
  public static Optional<Principal> principal(Context ctx) {
    return Optional.ofNullable(ctx.attribute(PRINCIPAL));
  }

  /**
   * The account of a request signed in with a browser session; 403 for an API token, which may not
   * manage tokens (a leaked token must not be able to make more), 401 without either.
   */
  public static Principal requireSession(Context ctx) {
    Principal p = require(ctx);
    if (p.token().isPresent()) {
      throw HttpProblem.forbidden(
          "session-required", "sign in with a browser session: API tokens cannot manage tokens");
    }
    return p;
  }

  /** The signed-in account of this request; 401 when there is none. */
  public static Principal require(Context ctx) {
    return principal(ctx)
        .orElseThrow(
            () ->
                HttpProblem.unauthorized(
                    "sign in first (no accounts yet? run: "
                        + Objects.requireNonNullElse(
                            ctx.attribute(ADMIN_COMMAND), WebConfig.DEFAULT_ADMIN_COMMAND)
                        + ")"));
  }

  /** The command that creates the first administrator in this app's database. */
  public String adminCommand() {
    return adminCommand;
  }

  /** A double-submit token for forms shown before sign-in (login, invitation sign-up). */
  public String formToken(Context ctx) {
    String token = ctx.cookie(FORM_COOKIE);
    if (token == null || token.length() < 40 || token.length() > 60) {
      token = Tokens.random();
      cookie(ctx, FORM_COOKIE, token, true, (int) LOGIN_LIFETIME.toSeconds());
    }
    return token;
  }

  /** Starts a sign-in session for the account and sets its cookies. */
  public void signIn(Context ctx, Account account) {
    String token = Tokens.random();
    Instant now = clock.instant();
    LoginSession login =
        new LoginSession(
            Tokens.hash(token), account.id(), Tokens.random(), now, now.plus(LOGIN_LIFETIME));
    logins.deleteExpired(now);
    logins.save(login);
    int maxAge = (int) LOGIN_LIFETIME.toSeconds();
    cookie(ctx, SESSION_COOKIE, token, true, maxAge);
    cookie(ctx, CSRF_COOKIE, login.csrfToken(), false, maxAge);
    remember(ctx, new Principal(account, login));
    usersExist = true;
    audit(ctx, account.name(), AuditAction.LOGIN, "");
  }

  void signOut(Context ctx) {
    principal(ctx)
        .ifPresent(
            p -> {
              p.login().ifPresent(login -> logins.delete(login.tokenHash()));
              audit(ctx, p.account().name(), AuditAction.LOGOUT, "");
            });
    cookie(ctx, SESSION_COOKIE, "", true, 0);
    cookie(ctx, CSRF_COOKIE, "", false, 0);
  }

  /** Appends to the audit log. */
  public void audit(Context ctx, String account, AuditAction action, String detail) {
    audit.append(new AuditEvent(clock.instant(), account, action, clientAddress(ctx), detail));
  }

  private void cookie(Context ctx, String name, String value, boolean httpOnly, int age) {
    StringBuilder header =
        new StringBuilder(name).append('=').append(value).append("; Path=/; Max-Age=").append(age);
    header.append("; SameSite=Lax");
    if (httpOnly) {
      header.append("; HttpOnly");
    }
    if (secure(ctx)) {
      header.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", header.toString());
  }

  /** TLS here, or a trusted proxy says the client used it. */
  public boolean secure(Context ctx) {
    return proxies.secure(ctx);
  }

  /** The client's address, from a trusted proxy's {@code X-Forwarded-For} where there is one. */
  public String clientAddress(Context ctx) {
    return proxies.clientAddress(ctx);
  }

  /** The name part of a Host header, without the port, lower case. */
  static String hostName(String host) {
    String value = host.strip().toLowerCase(Locale.ROOT);
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return end < 0 ? value : value.substring(0, end + 1);
    }
    int colon = value.lastIndexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }

  private static boolean loopback(String address) {
    return TrustedProxies.address(address).filter(InetAddress::isLoopbackAddress).isPresent();
  }
}
