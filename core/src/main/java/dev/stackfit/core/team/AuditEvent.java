package dev.stackfit.core.team;

import java.time.Instant;

/**
 * One line of the security audit log.
 *
 * @param at when it happened
 * @param account the account name concerned, or "" when unknown
 * @param event what happened ("login", "login-failed", "login-throttled", "logout", ...)
 * @param client the client address
 * @param detail free text, never a password or token
 */
public record AuditEvent(Instant at, String account, String event, String client, String detail) {
  /** A successful sign-in; it forgives the account's earlier failures. */
  public static final String LOGIN = "login";

  /** A refused sign-in (wrong name or password); sign-in throttling counts these. */
  public static final String LOGIN_FAILED = "login-failed";
}
