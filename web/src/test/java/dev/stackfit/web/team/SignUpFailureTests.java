package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.team.TeamStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that fails during a sign-up is the server's problem, never "that name is taken". */
class SignUpFailureTests {
  @TempDir Path data;

  /** The store, except that creating an account through an invitation fails as a disk would. */
  private static TeamStore failingSignUps(TeamStore store) {
    return (TeamStore)
        Proxy.newProxyInstance(
            TeamStore.class.getClassLoader(),
            new Class<?>[] {TeamStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("redeemForNewAccount")) {
                throw new InfrastructureException(
                    "database call failed", new SQLException("disk I/O error"));
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
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
      String session = SessionFixture.open(fran, SessionFixture.evaluation(server), "Outage");
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
      assertThat(server.store.findAccountByName("Noor")).isEmpty();
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
