package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTests {
  /**
   * Ids are passed on command lines ({@code stackfit user token revoke ID}): one starting with "-"
   * was read as an option, about one time in 32, and the revoke failed.
   */
  @Test
  void idsNeverStartLikeAnOptionAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      String id = Tokens.id();
      assertThat(id).hasSize(12).matches("[A-Za-z0-9][A-Za-z0-9_-]{11}");
      assertThat(seen.add(id)).as("repeated id " + id).isTrue();
    }
  }
}
