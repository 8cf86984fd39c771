package dev.stackfit.core.team;

import dev.stackfit.core.Identified;

/** What an audit log line records; the id is what the log stores and prints. */
public enum AuditAction implements Identified {
  /** A successful sign-in; it forgives the account's earlier failures. */
  LOGIN("login"),
  /** A refused sign-in (wrong name or password); sign-in throttling counts these. */
  LOGIN_FAILED("login-failed"),
  /** A sign-in refused unchecked because of too many recent failures. */
  LOGIN_THROTTLED("login-throttled"),
  LOGOUT("logout"),
  /** An account was added, by {@code stackfit user add} or through an invitation. */
  ACCOUNT_CREATED("account-created"),
  SESSION_OPENED("session-opened"),
  INVITATION_CREATED("invitation-created"),
  /** A used, expired or unknown invitation link was posted. */
  INVITATION_REFUSED("invitation-refused"),
  INVITATION_REDEEMED("invitation-redeemed"),
  /** An invitation link was posted from an address with too many refused ones just before. */
  INVITATION_THROTTLED("invitation-throttled"),
  ROUND_REVEALED("round-revealed"),
  ROUND_OPENED("round-opened"),
  DECISION_RECORDED("decision-recorded"),
  DECISION_STATUS("decision-status"),
  /** A PoC lab result was attached to a saved evaluation. */
  LAB_ATTACHED("lab-attached"),
  /** An evaluation's owner let another account open sessions on it. */
  EVALUATION_ALLOWED("evaluation-allowed"),
  /** A personal API token was created (its name and scope, never the token). */
  TOKEN_CREATED("token-created"),
  TOKEN_REVOKED("token-revoked"),
  /** A request used a token: every change, and the first read in each hour. */
  TOKEN_USED("token-used"),
  /** A request carried an unknown, expired or revoked token, or one beyond its scope. */
  TOKEN_REFUSED("token-refused");

  private final String id;

  AuditAction(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
