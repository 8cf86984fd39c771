package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.ApiTokenStore;
import dev.stackfit.core.team.TokenScope;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenStore} must do. */
abstract class ApiTokenStoreContract extends TeamStoreFixture {
  ApiTokenStore tokens;

  @BeforeEach
  void tokens() {
    tokens = stores.tokens();
  }

  private static ApiToken token(String id, Account owner, TokenScope scope, int minutesLater) {
    return new ApiToken(
        id,
        "hash-" + id,
        owner.id(),
        "token " + id,
        scope,
        NOW.plus(Duration.ofMinutes(minutesLater)),
        NOW.plus(Duration.ofDays(30)),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void tokensAreFoundByHashAndListedNewestFirstPerAccount() {
    Account ada = user("Ada");
    Account bo = user("Bo");
    tokens.save(token("t1", ada, TokenScope.READ, 0));
    tokens.save(token("t2", ada, TokenScope.READ_WRITE, 1));
    tokens.save(token("t3", bo, TokenScope.READ, 2));
    assertThat(tokens.findByHash("hash-t2")).contains(token("t2", ada, TokenScope.READ_WRITE, 1));
    assertThat(tokens.findByHash("nope")).isEmpty();
    assertThat(tokens.of(ada.id())).extracting(ApiToken::id).containsExactly("t2", "t1");
  }

  @Test
  void onlyItsOwnerRevokesATokenAndOnlyOnce() {
    Account ada = user("Ada");
    Account bo = user("Bo");
    tokens.save(token("t1", ada, TokenScope.READ, 0));
    assertThat(tokens.revoke("t1", bo.id(), NOW)).isFalse();
    assertThat(tokens.revoke("t1", ada.id(), NOW)).isTrue();
    assertThat(tokens.revoke("t1", ada.id(), NOW)).isFalse();
    ApiToken revoked = tokens.findByHash("hash-t1").orElseThrow();
    assertThat(revoked.revokedAt()).contains(NOW);
    assertThat(revoked.usable(NOW)).isFalse();
  }

  @Test
  void usesAreRecorded() {
    Account ada = user("Ada");
    tokens.save(token("t1", ada, TokenScope.READ, 0));
    tokens.used("t1", NOW.plusSeconds(60));
    assertThat(tokens.findByHash("hash-t1").orElseThrow().lastUsedAt())
        .contains(NOW.plusSeconds(60));
  }
}
