package dev.stackfit.core.team;

import dev.stackfit.core.text.TextLimit;
import dev.stackfit.core.text.VisibleText;
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

  /**
   * Names are 1-64 characters without outer spaces, control characters (line breaks, terminal
   * escapes) or bidirectional overrides ({@link VisibleText#isControl}); the rest is up to the
   * user.
   */
  public static boolean validName(String name) {
    return name != null
        && !name.isBlank()
        && TextLimit.ACCOUNT_NAME.problem(name).isEmpty()
        && name.strip().equals(name)
        && !VisibleText.hasControl(name);
  }

  /** What {@link #validName} asks for, for messages. */
  public static final String NAME_RULE =
      "a name has 1 to 64 characters, without spaces around it, control characters or"
          + " bidirectional overrides";
}
