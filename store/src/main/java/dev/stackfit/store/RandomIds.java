package dev.stackfit.store;

import java.security.SecureRandom;
import java.util.Base64;

/** Url-safe random ids of 12 characters (72 bits), unguessable so permalinks can be shared. */
final class RandomIds {
  static final int LENGTH = 12;

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[LENGTH * 3 / 4];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True when {@code id} could have come from this generator: guards lookups of foreign input. */
  static boolean plausible(String id) {
    return id != null && id.length() == LENGTH && id.matches("[A-Za-z0-9_-]+");
  }
}
