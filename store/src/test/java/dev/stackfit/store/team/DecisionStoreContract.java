package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.DecisionStore;
import dev.stackfit.core.team.TeamSession;
import java.time.Duration;
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
}
