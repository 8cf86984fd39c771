package dev.stackfit.core.team;

import java.time.Instant;

/**
 * A local user.
 *
 * @param id store id
 * @param name unique login and display name
 * @param passwordHash the encoded memory-hard hash (never the password)
 * @param admin may administer the app
 * @param createdAt when the account was added
 */
public record Account(
    String id, String name, String passwordHash, boolean admin, Instant createdAt) {
  public Account {
    if (id == null || id.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("an account needs an id and a name");
    }
    if (passwordHash == null || passwordHash.isBlank()) {
      throw new IllegalArgumentException("an account needs a password hash");
    }
  }

  /** Names are 1-64 visible characters without control characters; the rest is up to the user. */
  public static boolean validName(String name) {
    return name != null
        && !name.isBlank()
        && name.length() <= 64
        && name.strip().equals(name)
        && name.codePoints().noneMatch(Character::isISOControl);
  }
}
