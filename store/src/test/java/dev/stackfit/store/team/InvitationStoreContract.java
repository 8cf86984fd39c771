package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stackfit.core.StackfitException;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.TeamSession;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InvitationStore} must do. */
abstract class InvitationStoreContract extends TeamStoreFixture {
  InvitationStore store;

  @BeforeEach
  void invitations() {
    store = stores.invitations();
  }

  @Test
  void anInvitationCreatesOneAccountAtMostAndNothingWhenItFails() {
    Account fran = stores.accounts().add("Fran", "hash", true, NOW);
    TeamSession session = session(fran);
    store.save(
        new Invitation(
            "tok", session.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    assertThatThrownBy(() -> store.redeemForNewAccount("tok", "FRAN", "hash", NOW))
        .as("a taken name leaves the invitation unused")
        .isInstanceOf(StackfitException.class);
    InvitationStore.Redeemed ada =
        store.redeemForNewAccount("tok", "Ada", "hash", NOW).orElseThrow();
    assertThat(ada.invitation().sessionId()).isEqualTo(session.id());
    assertThat(stores.sessions().role(session.id(), ada.account().id())).contains(Role.PARTICIPANT);
    assertThat(store.redeemForNewAccount("tok", "Bo", "hash", NOW)).isEmpty();
    assertThat(stores.accounts().findByName("Bo"))
        .as("the loser of the race has no account")
        .isEmpty();
    assertThat(stores.accounts().count()).isEqualTo(2);
  }

  @Test
  void anInvitationIsRedeemedOnceAndNeverAfterItExpires() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    Account cy = user("Cy");
    TeamSession s = session(ada);
    store.save(
        new Invitation("t1", s.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    store.save(new Invitation("t2", s.id(), Role.OBSERVER, NOW.plusSeconds(60), Optional.empty()));
    assertThat(store.redeem("t1", bob.id(), NOW)).isPresent();
    assertThat(store.redeem("t1", cy.id(), NOW)).isEmpty();
    assertThat(store.redeem("t2", cy.id(), NOW.plusSeconds(60))).isEmpty();
    assertThat(store.redeem("unknown", cy.id(), NOW)).isEmpty();
    assertThat(stores.sessions().role(s.id(), bob.id())).contains(Role.PARTICIPANT);
    assertThat(stores.sessions().role(s.id(), cy.id())).isEmpty();
  }

  @Test
  void pendingInvitationsAreTheUnusedUnexpiredOnesOfTheSession() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    TeamSession s = session(ada);
    TeamSession other = session(bob);
    store.save(
        new Invitation("late", s.id(), Role.OBSERVER, NOW.plusSeconds(90), Optional.empty()));
    store.save(
        new Invitation("soon", s.id(), Role.PARTICIPANT, NOW.plusSeconds(30), Optional.empty()));
    store.save(
        new Invitation("used", s.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    store.save(new Invitation("gone", s.id(), Role.PARTICIPANT, NOW, Optional.empty()));
    store.save(
        new Invitation(
            "theirs", other.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    store.redeem("used", bob.id(), NOW);
    assertThat(store.pending(s.id(), NOW))
        .extracting(Invitation::tokenHash, Invitation::role)
        .containsExactly(tuple("soon", Role.PARTICIPANT), tuple("late", Role.OBSERVER));
  }
}
