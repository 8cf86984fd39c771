package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.BallotStore;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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

  @Test
  void aBallotIsWrittenOnlyWhileItsRoundIsOpen() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    TeamSession s = session(ada);
    stores.sessions().addMember(s.id(), bob.id(), Role.PARTICIPANT);
    assertThat(store.save(s.id(), 2, bob.id(), "{\"round\":2}", NOW)).as("not the round").isFalse();
    assertThat(store.save(s.id(), 1, bob.id(), "{\"v\":1}", NOW)).isTrue();
    stores.sessions().transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1);
    assertThat(store.save(s.id(), 1, bob.id(), "{\"v\":2}", NOW)).as("revealed").isFalse();
    assertThat(store.ofRound(s.id(), 1))
        .extracting(StoredBallot::ballotJson)
        .containsExactly("{\"v\":1}");
    assertThat(store.ofRound(s.id(), 2)).isEmpty();
  }

  /**
   * Voters revise their ballots as fast as they can while the round is revealed: what the store
   * holds right after the reveal is what it holds at the end. A check apart from the write would
   * let revisions in flight land after the reveal.
   */
  @Test
  void noRevisionLandsAfterTheRevealWhileVotersRace() throws Exception {
    Account ada = user("Ada");
    TeamSession s = session(ada);
    List<Account> voters = new ArrayList<>();
    // Fewer voters than pooled connections: the reveal and the read after it never queue behind a
    // voter, so a revision checked before the reveal and written after it would show.
    for (int i = 0; i < 3; i++) {
      Account voter = user("racer-" + i);
      stores.sessions().addMember(s.id(), voter.id(), Role.PARTICIPANT);
      voters.add(voter);
    }
    CountDownLatch everyoneVoted = new CountDownLatch(voters.size());
    AtomicBoolean revealed = new AtomicBoolean();
    List<StoredBallot> atReveal;
    try (ExecutorService pool = Executors.newFixedThreadPool(voters.size())) {
      List<Future<Integer>> refused = new ArrayList<>();
      for (Account voter : voters) {
        refused.add(pool.submit(() -> revise(s, voter, everyoneVoted, revealed)));
      }
      everyoneVoted.await();
      assertThat(stores.sessions().transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1))
          .isTrue();
      atReveal = store.ofRound(s.id(), 1);
      revealed.set(true);
      for (Future<Integer> f : refused) {
        assertThat(f.get()).as("each voter was refused once the round was revealed").isPositive();
      }
    }
    assertThat(atReveal).hasSize(voters.size());
    assertThat(store.ofRound(s.id(), 1))
        .extracting(StoredBallot::ballotJson)
        .containsExactlyElementsOf(atReveal.stream().map(StoredBallot::ballotJson).toList());
  }

  /** Revises until refused after the reveal; returns how many revisions were refused. */
  private int revise(
      TeamSession s, Account voter, CountDownLatch everyoneVoted, AtomicBoolean revealed) {
    int refused = 0;
    boolean counted = false;
    for (int revision = 0; refused < 20; revision++) {
      boolean saved = store.save(s.id(), 1, voter.id(), "{\"revision\":" + revision + "}", NOW);
      if (saved && !counted) {
        counted = true;
        everyoneVoted.countDown();
      }
      if (!saved && revealed.get()) {
        refused++;
      }
    }
    return refused;
  }
}
