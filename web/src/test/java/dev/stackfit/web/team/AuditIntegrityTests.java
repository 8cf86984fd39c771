package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forged audit entries: a visitor's sign-in name is stored as sent and shown escaped; names with
 * line breaks, terminal escapes or bidirectional overrides cannot become accounts.
 */
class AuditIntegrityTests {
  static final String FORGED = "x\n2026-11-26T09:30:00Z  login  Fran\u001b[2J\u001b[H";

  @TempDir Path data;

  @Test
  void aFailedSignInKeepsTheNameAsSent() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient visitor = new TeamClient(server.base());
      visitor.get("/login");
      HttpResponse<String> r =
          visitor.postForm(
              "/login",
              Map.of(
                  "name",
                  FORGED,
                  "password",
                  "whatever",
                  "_csrf",
                  visitor.cookie("stackfit_form")));
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(server.stores.audit().newest(10))
          .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED)
          .extracting(AuditEvent::account)
          .containsExactly(FORGED);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ada\u202Enimda",
        "Ada\u2066x",
        "Ada\u001b[2J",
        "Ada\nFran",
        "Ada\u0085x",
        "Ada\u2028Fran"
      })
  void signUpRefusesControlAndBidiCharactersInNames(String name) {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String session =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Names");
      String token = SessionFixture.invite(fran, session, "participant");
      TeamClient visitor = new TeamClient(server.base());
      visitor.get("/invitations/" + token);
      HttpResponse<String> r =
          visitor.postForm(
              "/invitations/" + token,
              Map.of(
                  "name",
                  name,
                  "password",
                  TeamServer.PASSWORD,
                  "_csrf",
                  visitor.cookie("stackfit_form")));
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(r.body()).contains("bidirectional overrides");
      assertThat(server.stores.accounts().count()).isEqualTo(1);
    }
  }

  @Test
  void pagesShowAnOlderAccountsControlCharactersEscaped() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String session =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Names");
      // An account from before names were checked, written straight to the database.
      Account old =
          server
              .stores
              .accounts()
              .add("Eve\u202Etxt.exe", TeamServer.passwordHash(), false, TeamServer.NOW);
      server.stores.sessions().addMember(session, old.id(), Role.OBSERVER);
      String page = fran.get("/sessions/" + session).body();
      assertThat(page).contains("Eve\\u202etxt.exe").doesNotContain("\u202E");
    }
  }
}
