package dev.stackfit.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTests {
  @Test
  void hashesAreArgon2idSaltedAndVerifyOnlyTheRightPassword() {
    String a = Passwords.hash("correct horse battery");
    String b = Passwords.hash("correct horse battery");
    assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
    assertThat(Passwords.verify("correct horse battery", a)).isTrue();
    assertThat(Passwords.verify("correct horse batterY", a)).isFalse();
  }

  @Test
  void shortPasswordsAreRefusedForNewAccounts() {
    assertThat(Passwords.weakness("123456789")).contains("at least 10");
    assertThat(Passwords.weakness("1234567890")).isEmpty();
  }

  @Test
  void tokensAreLongRandomAndStoredOnlyAsHashes() {
    String token = Tokens.random();
    assertThat(token).hasSize(43).isNotEqualTo(Tokens.random());
    assertThat(Tokens.hash(token)).hasSize(64).isEqualTo(Tokens.hash(token)).doesNotContain(token);
    assertThat(Tokens.same(token, token)).isTrue();
    assertThat(Tokens.same(token, null)).isFalse();
  }
}
