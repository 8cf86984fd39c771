package dev.stackfit.core.team;

import java.time.Instant;

/**
 * One line of the security audit log.
 *
 * @param at when it happened
 * @param account the account name concerned, or "" when unknown
 * @param action what happened
 * @param client the client address
 * @param detail free text, never a password or token
 */
public record AuditEvent(
    Instant at, String account, AuditAction action, String client, String detail) {}
