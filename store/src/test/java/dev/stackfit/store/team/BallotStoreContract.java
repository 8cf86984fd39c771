package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.BallotStore;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BallotStore} must do. */
abstract class BallotStoreContract extends TeamStoreFixture {
  BallotStore store;

  @BeforeEach
  void ballots() {
    store = stores.ballots();
  }

  @Test
  void aRevisedBallotReplacesTheEarlierOne() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    TeamSession s = session(ada);
    stores.sessions().addMember(s.id(), bob.id(), Role.PARTICIPANT);
    store.save(s.id(), 1, bob.id(), "{\"v\":1}", NOW);
    store.save(s.id(), 1, bob.id(), "{\"v\":2}", NOW.plusSeconds(1));
    assertThat(store.ofRound(s.id(), 1))
        .extracting(StoredBallot::ballotJson)
        .containsExactly("{\"v\":2}");
    assertThat(store.find(s.id(), 1, bob.id())).map(StoredBallot::participant).contains("Bob");
    assertThat(store.ofRound(s.id(), 2)).isEmpty();
  }

  @Test
  void twoHundredConcurrentVotersLoseAndDuplicateNothing() throws Exception {
    Account ada = user("Ada");
    TeamSession s = session(ada);
    List<Account> voters = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Account voter = user("voter-" + i);
      stores.sessions().addMember(s.id(), voter.id(), Role.PARTICIPANT);
      voters.add(voter);
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
      List<Future<?>> done = new ArrayList<>();
      for (Account voter : voters) {
        done.add(
            pool.submit(
                () -> store.save(s.id(), 1, voter.id(), "{\"by\":\"" + voter.name() + "\"}", NOW)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    List<StoredBallot> stored = store.ofRound(s.id(), 1);
    assertThat(stored).hasSize(200);
    assertThat(stored).extracting(StoredBallot::accountId).doesNotHaveDuplicates();
    assertThat(stored)
        .allSatisfy(b -> assertThat(b.ballotJson()).contains("\"" + b.participant() + "\""));
  }
}
