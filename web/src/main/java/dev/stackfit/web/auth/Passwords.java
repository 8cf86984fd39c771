package dev.stackfit.web.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id password hashes (OWASP's minimum: 19 MiB, 2 passes, 1 lane). Hashing is deliberately
 * slow and memory-hungry, so at most one hash per core runs at a time: a burst of logins queues
 * instead of exhausting memory.
 */
public final class Passwords {
  /** Shorter passwords are refused when an account is created. */
  public static final int MIN_LENGTH = 10;

  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int HASH_BYTES = 32;
  static final int SALT_BYTES = 16;

  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, 19);
  private static final Semaphore SLOTS =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

  // Verified when the account does not exist, so an unknown name costs as much as a wrong password.
  private static final String DECOY = hash("decoy password never used");

  private Passwords() {}

  /** Why the password is not acceptable for a new account, or empty when it is. */
  public static String weakness(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "a password needs at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > 1_000) {
      return "a password may have at most 1000 characters";
    }
    return "";
  }

  /** The encoded Argon2id hash ({@code $argon2id$v=19$m=...}) with a fresh random salt. */
  public static String hash(String password) {
    return limited(
        () -> Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2).getResult());
  }

  /** True when {@code password} matches the encoded hash. */
  public static boolean verify(String password, String encodedHash) {
    if (password == null || password.length() > 1_000) {
      return false;
    }
    return limited(() -> Password.check(password, encodedHash).with(ARGON2));
  }

  /** Spends the time of one verification without an account, against timing probes. */
  static void verifyDecoy(String password) {
    verify(password == null ? "" : password, DECOY);
  }

  private static <T> T limited(Supplier<T> work) {
    SLOTS.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      SLOTS.release();
    }
  }
}
