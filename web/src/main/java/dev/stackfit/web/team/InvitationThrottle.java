package dev.stackfit.web.team;

import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditLog;
import dev.stackfit.web.HttpProblem;
import dev.stackfit.web.auth.Auth;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Limits posting invitation links, on the page and in the API alike: after {@link #REFUSALS}
 * refused links (unknown, used or expired) from one address within {@link #WINDOW}, that address
 * waits until the oldest of them is {@link #WINDOW} old. A token of 256 random bits cannot be
 * guessed, so this only bounds what a flood of made-up links costs (lookups and audit lines) and
 * what one link, once leaked, lets anyone try; the refusals are read from the audit log, so a
 * restart forgives nothing and servers sharing a database count together.
 */
final class InvitationThrottle {
  static final int REFUSALS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final AuditLog log;
  private final Auth auth;
  private final Clock clock;

  InvitationThrottle(AuditLog log, Auth auth, Clock clock) {
    this.log = log;
    this.auth = auth;
    this.clock = clock;
  }

  /**
   * Empty when the client may post an invitation link now; else the seconds to wait, with the
   * {@code Retry-After} header set and the refusal audited for {@code account} ("" for nobody).
   */
  Optional<Long> wait(Context ctx, String account) {
    Instant now = clock.instant();
    List<Instant> refused =
        log.times(AuditAction.INVITATION_REFUSED, auth.clientAddress(ctx), now.minus(WINDOW));
    if (refused.size() < REFUSALS) {
      return Optional.empty();
    }
    Instant release = refused.get(refused.size() - REFUSALS).plus(WINDOW);
    long seconds = Math.max(1, (Duration.between(now, release).toMillis() + 999) / 1000);
    auth.audit(ctx, account, AuditAction.INVITATION_THROTTLED, "wait " + seconds + " s");
    ctx.header("Retry-After", Long.toString(seconds));
    return Optional.of(seconds);
  }

  /** Throws 429 {@code throttled} when the client must wait (see {@link #wait}). */
  void check(Context ctx, String account) {
    Optional<Long> seconds = wait(ctx, account);
    if (seconds.isPresent()) {
      throw new HttpProblem(429, "throttled", "Too many requests", message(seconds.get()));
    }
  }

  static String message(long seconds) {
    return "too many unknown, used or expired invitation links from this address: try again in "
        + (seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min");
  }
}
