package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: single-use, expiring invitations into sessions. Thread-safe. */
public interface InvitationStore {
  void save(Invitation invitation);

  Optional<Invitation> find(String tokenHash);

  /**
   * The session's invitations nobody has used yet and that have not expired, soonest expiry first.
   */
  List<Invitation> pending(String sessionId, Instant now);

  /**
   * Marks an unused, unexpired invitation used by the account and adds the membership, atomically.
   *
   * @return the invitation when it was redeemed now; empty when unknown, used or expired
   */
  Optional<Invitation> redeem(String tokenHash, String accountId, Instant now);

  /**
   * Creates an account through an invitation, atomically: the account is added, the invitation
   * marked used by it and the membership added in one transaction, or nothing happens. Many
   * sign-ups racing on one link therefore create one account, not several.
   *
   * @return the new account with the invitation; empty when the invitation is unknown, used or
   *     expired
   * @throws NameTakenException when the name is taken (ignoring case)
   */
  Optional<Redeemed> redeemForNewAccount(
      String tokenHash, String name, String passwordHash, Instant now);

  /** An invitation redeemed by a newly created account. */
  record Redeemed(Account account, Invitation invitation) {}
}
