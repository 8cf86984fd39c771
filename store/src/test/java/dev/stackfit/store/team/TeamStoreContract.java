package dev.stackfit.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackfit.core.StackfitException;
import dev.stackfit.core.decision.DecisionStatus;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.DecisionRecord;
import dev.stackfit.core.team.FailedLogins;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.NameTakenException;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TeamStore;
import dev.stackfit.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every team store must do, run against each database vendor. */
abstract class TeamStoreContract {
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

  Database database;
  JdbiTeamStore store;

  abstract Database openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = openEmpty();
    store = new JdbiTeamStore(database.dataSource());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Account user(String name) {
    return store.addAccount(name, "$argon2id$fake", false, NOW);
  }

  private TeamSession session(Account facilitator) {
    return store.createSession(
        new NewTeamSession(
            "Pick one", "ev1", List.of("quarkus", "javalin"), facilitator.id(), NOW));
  }

  @Test
  void accountsAreFoundByNameAndIdAndNamesAreUnique() {
    Account ada = store.addAccount("Ada", "$argon2id$x", true, NOW);
    assertThat(store.findAccountByName("Ada")).contains(ada);
    assertThat(store.findAccount(ada.id())).contains(ada);
    assertThat(store.accountCount()).isEqualTo(1);
    assertThatThrownBy(() -> user("Ada")).isInstanceOf(NameTakenException.class);
  }

  @Test
  void loginSessionsRoundTripAndCanBeDeleted() {
    Account ada = user("Ada");
    LoginSession login = new LoginSession("h1", ada.id(), "csrf", NOW, NOW.plusSeconds(60));
    store.saveLogin(login);
    assertThat(store.findLogin("h1")).contains(login);
    store.deleteLogin("h1");
    assertThat(store.findLogin("h1")).isEmpty();
  }

  @Test
  void expiredLoginSessionsArePurged() {
    Account ada = user("Ada");
    store.saveLogin(new LoginSession("old", ada.id(), "c", NOW, NOW.plusSeconds(10)));
    store.saveLogin(new LoginSession("new", ada.id(), "c", NOW, NOW.plusSeconds(100)));
    assertThat(store.deleteExpiredLogins(NOW.plusSeconds(10))).isEqualTo(1);
    assertThat(store.findLogin("old")).isEmpty();
    assertThat(store.findLogin("new")).isPresent();
  }

  @Test
  void failedLoginsCountSinceTheLastSuccessPerAccountAndAllPerClient() {
    store.audit(new AuditEvent(NOW.minusSeconds(3600), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(1), "Ada", AuditAction.LOGIN_FAILED, "a", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(2), "ada", AuditAction.LOGIN, "a", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(3), "ADA", AuditAction.LOGIN_FAILED, "b", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(4), "bo", AuditAction.LOGIN_FAILED, "a", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(5), "ada", AuditAction.LOGOUT, "a", ""));
    FailedLogins failures = store.failedLogins("ada", "a", NOW);
    assertThat(failures.forAccount()).containsExactly(NOW.plusSeconds(3));
    assertThat(failures.fromClient()).containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(4));
    assertThat(store.failedLogins("nobody", "z", NOW).forAccount()).isEmpty();
  }

  @Test
  void accountNamesAreUniqueIgnoringCase() {
    store.addAccount("Fran", "hash", false, NOW);
    assertThatThrownBy(() -> store.addAccount("fran", "hash", false, NOW))
        .isInstanceOf(StackfitException.class)
        .hasMessageContaining("already exists");
    assertThat(store.accountCount()).isEqualTo(1);
  }

  @Test
  void anInvitationCreatesOneAccountAtMostAndNothingWhenItFails() {
    Account fran = store.addAccount("Fran", "hash", true, NOW);
    TeamSession session = session(fran);
    store.saveInvitation(
        new Invitation(
            "tok", session.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    assertThatThrownBy(() -> store.redeemForNewAccount("tok", "FRAN", "hash", NOW))
        .as("a taken name leaves the invitation unused")
        .isInstanceOf(StackfitException.class);
    TeamStore.Redeemed ada = store.redeemForNewAccount("tok", "Ada", "hash", NOW).orElseThrow();
    assertThat(ada.invitation().sessionId()).isEqualTo(session.id());
    assertThat(store.role(session.id(), ada.account().id())).contains(Role.PARTICIPANT);
    assertThat(store.redeemForNewAccount("tok", "Bo", "hash", NOW)).isEmpty();
    assertThat(store.findAccountByName("Bo")).as("the loser of the race has no account").isEmpty();
    assertThat(store.accountCount()).isEqualTo(2);
  }

  @Test
  void theAuditLogListsNewestFirst() {
    store.audit(new AuditEvent(NOW, "ada", AuditAction.LOGIN, "127.0.0.1", ""));
    store.audit(new AuditEvent(NOW.plusSeconds(1), "ada", AuditAction.LOGOUT, "127.0.0.1", ""));
    assertThat(store.auditLog(10))
        .extracting(AuditEvent::action)
        .containsExactly(AuditAction.LOGOUT, AuditAction.LOGIN);
  }

  @Test
  void theCreatorFacilitatesANewSession() {
    Account ada = user("Ada");
    TeamSession s = session(ada);
    assertThat(store.findSession(s.id())).contains(s);
    assertThat(store.role(s.id(), ada.id())).contains(Role.FACILITATOR);
    assertThat(store.sessionsOf(ada.id())).containsExactly(s);
    assertThat(s.state()).isEqualTo(SessionState.OPEN);
  }

  @Test
  void anInvitationIsRedeemedOnceAndNeverAfterItExpires() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    Account cy = user("Cy");
    TeamSession s = session(ada);
    store.saveInvitation(
        new Invitation("t1", s.id(), Role.PARTICIPANT, NOW.plusSeconds(60), Optional.empty()));
    store.saveInvitation(
        new Invitation("t2", s.id(), Role.OBSERVER, NOW.plusSeconds(60), Optional.empty()));
    assertThat(store.redeem("t1", bob.id(), NOW)).isPresent();
    assertThat(store.redeem("t1", cy.id(), NOW)).isEmpty();
    assertThat(store.redeem("t2", cy.id(), NOW.plusSeconds(60))).isEmpty();
    assertThat(store.redeem("unknown", cy.id(), NOW)).isEmpty();
    assertThat(store.role(s.id(), bob.id())).contains(Role.PARTICIPANT);
    assertThat(store.role(s.id(), cy.id())).isEmpty();
  }

  @Test
  void aRevisedBallotReplacesTheEarlierOne() {
    Account ada = user("Ada");
    Account bob = user("Bob");
    TeamSession s = session(ada);
    store.addMember(s.id(), bob.id(), Role.PARTICIPANT);
    store.saveBallot(s.id(), 1, bob.id(), "{\"v\":1}", NOW);
    store.saveBallot(s.id(), 1, bob.id(), "{\"v\":2}", NOW.plusSeconds(1));
    assertThat(store.ballots(s.id(), 1))
        .extracting(StoredBallot::ballotJson)
        .containsExactly("{\"v\":2}");
    assertThat(store.ballot(s.id(), 1, bob.id())).map(StoredBallot::participant).contains("Bob");
    assertThat(store.ballots(s.id(), 2)).isEmpty();
  }

  @Test
  void twoHundredConcurrentVotersLoseAndDuplicateNothing() throws Exception {
    Account ada = user("Ada");
    TeamSession s = session(ada);
    List<Account> voters = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Account voter = user("voter-" + i);
      store.addMember(s.id(), voter.id(), Role.PARTICIPANT);
      voters.add(voter);
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
      List<Future<?>> done = new ArrayList<>();
      for (Account voter : voters) {
        done.add(
            pool.submit(
                () ->
                    store.saveBallot(
                        s.id(), 1, voter.id(), "{\"by\":\"" + voter.name() + "\"}", NOW)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    List<StoredBallot> stored = store.ballots(s.id(), 1);
    assertThat(stored).hasSize(200);
    assertThat(stored).extracting(StoredBallot::accountId).doesNotHaveDuplicates();
    assertThat(stored)
        .allSatisfy(b -> assertThat(b.ballotJson()).contains("\"" + b.participant() + "\""));
  }

  @Test
  void onlyOneOfTwoRacingTransitionsWins() {
    TeamSession s = session(user("Ada"));
    assertThat(store.transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1)).isTrue();
    assertThat(store.transition(s.id(), SessionState.OPEN, SessionState.REVEALED, 1)).isFalse();
    assertThat(store.transition(s.id(), SessionState.REVEALED, SessionState.OPEN, 2)).isTrue();
    assertThat(store.findSession(s.id()).orElseThrow().round()).isEqualTo(2);
  }

  @Test
  void decisionsRoundTripAndTheirStatusChanges() {
    TeamSession s = session(user("Ada"));
    DecisionRecord d = new DecisionRecord("d1", s.id(), "{}", DecisionStatus.ACCEPTED, NOW);
    store.saveDecision(d);
    assertThat(store.findDecision("d1")).contains(d);
    assertThat(store.updateDecision("d1", "{\"x\":1}", DecisionStatus.SUPERSEDED)).isTrue();
    assertThat(store.decisions())
        .extracting(DecisionRecord::status)
        .containsExactly(DecisionStatus.SUPERSEDED);
    assertThat(store.updateDecision("nope", "{}", DecisionStatus.ACCEPTED)).isFalse();
    assertThat(Duration.between(NOW, d.createdAt())).isZero();
  }
}
