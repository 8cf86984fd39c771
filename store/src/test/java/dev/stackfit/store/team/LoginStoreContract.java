package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.LoginStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LoginStore} must do. */
abstract class LoginStoreContract extends TeamStoreFixture {
  LoginStore store;

  @BeforeEach
  void logins() {
    store = stores.logins();
  }

  @Test
  void loginSessionsRoundTripAndCanBeDeleted() {
    Account ada = user("Ada");
    LoginSession login = new LoginSession("h1", ada.id(), "csrf", NOW, NOW.plusSeconds(60));
    store.save(login);
    assertThat(store.find("h1")).contains(login);
    store.delete("h1");
    assertThat(store.find("h1")).isEmpty();
  }

  @Test
  void expiredLoginSessionsArePurged() {
    Account ada = user("Ada");
    store.save(new LoginSession("old", ada.id(), "c", NOW, NOW.plusSeconds(10)));
    store.save(new LoginSession("new", ada.id(), "c", NOW, NOW.plusSeconds(100)));
    assertThat(store.deleteExpired(NOW.plusSeconds(10))).isEqualTo(1);
    assertThat(store.find("old")).isEmpty();
    assertThat(store.find("new")).isPresent();
  }
}
