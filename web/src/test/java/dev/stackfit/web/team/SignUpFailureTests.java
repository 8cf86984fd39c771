package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.team.Invitation;
import dev.stackfit.core.team.InvitationStore;
import dev.stackfit.core.team.TeamStores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that fails during a sign-up is the server's problem, never "that name is taken". */
class SignUpFailureTests {
  @TempDir Path data;

  /** Invitations that work, except that creating an account fails as a broken disk would. */
  private static TeamStores failingSignUps(TeamStores stores) {
    InvitationStore working = stores.invitations();
    InvitationStore failing =
        new InvitationStore() {
          @Override
          public void save(Invitation invitation) {
            working.save(invitation);
          }

          @Override
          public Optional<Invitation> find(String tokenHash) {
            return working.find(tokenHash);
          }

          @Override
          public List<Invitation> pending(String sessionId, Instant now) {
            return working.pending(sessionId, now);
          }

          @Override
          public Optional<Invitation> redeem(String tokenHash, String accountId, Instant now) {
            return working.redeem(tokenHash, accountId, now);
          }

          @Override
          public Optional<Redeemed> redeemForNewAccount(
              String tokenHash, String name, String passwordHash, Instant now) {
            throw new InfrastructureException(
                "database call failed", new SQLException("disk I/O error"));
          }
        };
    return new TeamStores(
        stores.accounts(),
        stores.logins(),
        stores.audit(),
        stores.sessions(),
        failing,
        stores.ballots(),
        stores.decisions(),
        stores.owners(),
        stores.signIns(),
        stores.tokens());
  }

  @Test
  void aFailingDatabaseAnswers503AndLogsTheCause() {
    List<LogRecord> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger errors = Logger.getLogger("dev.stackfit.web.ErrorMapper");
    errors.addHandler(capture);
    try (TeamServer server =
        new TeamServer(data, "127.0.0.1", SignUpFailureTests::failingSignUps)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String session =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Outage");
      String token = SessionFixture.invite(fran, session, "participant");
      TeamClient newcomer = new TeamClient(server.base());
      newcomer.get("/invitations/" + token);

      HttpResponse<String> r =
          newcomer.postForm(
              "/invitations/" + token,
              Map.of(
                  "name",
                  "Noor",
                  "password",
                  TeamServer.PASSWORD,
                  "_csrf",
                  newcomer.cookie("stackfit_form")));

      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      assertThat(r.body()).doesNotContain("taken");
      assertThat(server.stores.accounts().findByName("Noor")).isEmpty();
      assertThat(logged)
          .anySatisfy(
              record ->
                  assertThat(record.getThrown())
                      .isInstanceOf(InfrastructureException.class)
                      .hasRootCauseMessage("disk I/O error"));
    } finally {
      errors.removeHandler(capture);
    }
  }
}
