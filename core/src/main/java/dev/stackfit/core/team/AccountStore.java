package dev.stackfit.core.team;

import java.time.Instant;
import java.util.Optional;

/** Port: the local accounts. Thread-safe; never loses an acknowledged write. */
public interface AccountStore {
  /**
   * Adds an account.
   *
   * @throws NameTakenException when the name is taken, ignoring case ("Fran" and "fran" are one)
   */
  Account add(String name, String passwordHash, boolean admin, Instant createdAt);

  /** The account with exactly this name. */
  Optional<Account> findByName(String name);

  Optional<Account> find(String id);

  /** How many accounts exist; accounts are never deleted. */
  long count();
}
