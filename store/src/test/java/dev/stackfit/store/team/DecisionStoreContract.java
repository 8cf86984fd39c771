package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.TeamSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DecisionStore} must do. */
abstract class DecisionStoreContract extends TeamStoreFixture {
  DecisionStore store;

  @BeforeEach
  void decisions() {
    store = stores.decisions();
  }

  @Test
  void decisionsRoundTripAndTheirStatusChanges() {
    TeamSession s = session(user("Ada"));
    DecisionRecord d = new DecisionRecord("d1", s.id(), "{}", DecisionStatus.ACCEPTED, NOW);
    store.save(d);
    assertThat(store.find("d1")).contains(d);
    assertThat(store.update("d1", "{\"x\":1}", DecisionStatus.SUPERSEDED)).isTrue();
    assertThat(store.all())
        .extracting(DecisionRecord::status)
        .containsExactly(DecisionStatus.SUPERSEDED);
    assertThat(store.update("nope", "{}", DecisionStatus.ACCEPTED)).isFalse();
    assertThat(Duration.between(NOW, d.createdAt())).isZero();
  }

  @Test
  void aSessionRecordsOneFirstDecisionHoweverManyRace() throws Exception {
    TeamSession s = session(user("Ada"));
    List<Future<Boolean>> saved = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        DecisionRecord d =
            new DecisionRecord("d" + i, s.id(), "{}", DecisionStatus.ACCEPTED, NOW.plusMillis(i));
        saved.add(pool.submit(() -> store.save(d)));
      }
    }
    List<Boolean> outcomes = new ArrayList<>();
    for (Future<Boolean> f : saved) {
      outcomes.add(f.get());
    }
    assertThat(outcomes).containsOnlyOnce(true);
    assertThat(store.ofSession(s.id())).hasSize(1);
    assertThat(store.all()).hasSize(1);
  }

  @Test
  void aDecisionIsSupersededOnceAndItsStatusChangesWithIt() {
    TeamSession s = session(user("Ada"));
    TeamSession other = session(user("Bo"));
    DecisionRecord first = new DecisionRecord("d1", s.id(), "{}", DecisionStatus.ACCEPTED, NOW);
    assertThat(store.save(first)).isTrue();
    assertThat(store.save(new DecisionRecord("o1", other.id(), "{}", DecisionStatus.ACCEPTED, NOW)))
        .as("another session records its own")
        .isTrue();
    DecisionRecord replaced =
        new DecisionRecord("d1", s.id(), "{\"by\":\"d2\"}", DecisionStatus.SUPERSEDED, NOW, "");
    DecisionRecord second =
        new DecisionRecord("d2", s.id(), "{}", DecisionStatus.ACCEPTED, NOW.plusSeconds(1), "d1");
    assertThat(store.supersede(second, replaced)).isTrue();
    DecisionRecord rival =
        new DecisionRecord("d3", s.id(), "{}", DecisionStatus.ACCEPTED, NOW.plusSeconds(2), "d1");
    assertThat(store.supersede(rival, replaced)).isFalse();
    assertThat(store.find("d3")).isEmpty();
    assertThat(store.find("d1").orElseThrow().status()).isEqualTo(DecisionStatus.SUPERSEDED);
    assertThat(store.find("d1").orElseThrow().decisionJson()).isEqualTo("{\"by\":\"d2\"}");
    assertThat(store.ofSession(s.id()))
        .extracting(DecisionRecord::id, DecisionRecord::supersedes)
        .containsExactly(tuple("d2", "d1"), tuple("d1", ""));
  }
}
