package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.StackfitException;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.core.team.NameTakenException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountStore} must do. */
abstract class AccountStoreContract extends TeamStoreFixture {
  AccountStore store;

  @BeforeEach
  void accounts() {
    store = stores.accounts();
  }

  @Test
  void accountsAreFoundByNameAndIdAndNamesAreUnique() {
    Account ada = store.add("Ada", "$argon2id$x", true, NOW);
    assertThat(store.findByName("Ada")).contains(ada);
    assertThat(store.find(ada.id())).contains(ada);
    assertThat(store.count()).isEqualTo(1);
    assertThatThrownBy(() -> user("Ada")).isInstanceOf(NameTakenException.class);
  }

  @Test
  void accountNamesAreUniqueIgnoringCase() {
    store.add("Fran", "hash", false, NOW);
    assertThatThrownBy(() -> store.add("fran", "hash", false, NOW))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("already exists");
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void racingAddsOfOneNameMakeOneAccountAndTellTheOthersTheNameIsTaken() throws Exception {
    List<Future<Account>> tries = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        tries.add(pool.submit(() -> store.add("Ada", "hash", false, NOW)));
      }
    }
    int added = 0;
    for (Future<Account> attempt : tries) {
      try {
        attempt.get();
        added++;
      } catch (ExecutionException e) {
        assertThat(e.getCause())
            .as("a lost race is a taken name, not a broken database")
            .isInstanceOf(NameTakenException.class);
      }
    }
    assertThat(added).isEqualTo(1);
    assertThat(store.count()).isEqualTo(1);
  }
}
