package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.SessionStore;
import dev.stackfit.core.team.TeamSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} must do. */
abstract class SessionStoreContract extends TeamStoreFixture {
  SessionStore store;

  @BeforeEach
  void sessions() {
    store = stores.sessions();
  }

  @Test
  void theCreatorFacilitatesANewSession() {
    Account ada = user("Ada");
    TeamSession s = session(ada);
    assertThat(store.find(s.id())).contains(s);
    assertThat(store.role(s.id(), ada.id())).contains(Role.FACILITATOR);
    assertThat(store.sessionsOf(ada.id())).containsExactly(s);
    assertThat(s.state()).isEqualTo(SessionState.OPEN);
  }

  @Test
  void onlyOneOfTwoRacingTransitionsWins() {
    TeamSession s = session(user("Ada"));
    assertThat(store.transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1)).isTrue();
    assertThat(store.transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1)).isFalse();
    assertThat(store.transition(s.id(), SessionState.REVEALED, SessionState.OPEN, 2)).isTrue();
    assertThat(store.find(s.id()).orElseThrow().round()).isEqualTo(2);
  }
}
