package dev.stackfit.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.auth.Passwords;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code stackfit user add} and {@code stackfit user audit} against a real SQLite database. */
class UserCommandTests {
  @TempDir Path data;

  private int add(String password, String... args) {
    UserCommand.Add add = new UserCommand.Add();
    add.in = new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8));
    CommandLine command = new CommandLine(add);
    command.setOut(new PrintWriter(new StringWriter()));
    command.setErr(new PrintWriter(new StringWriter()));
    return command.execute(args);
  }

  @Test
  void addsAnAdministratorWithAnArgon2idHash() {
    int exit =
        add(
            "a long enough secret",
            "--admin",
            "--password-stdin",
            "--data",
            data.toString(),
            "Fran");
    assertThat(exit).isZero();
    try (Database db = Databases.openSqlite(data)) {
      Account fran = JdbiTeamStores.on(db.dataSource()).accounts().findByName("Fran").orElseThrow();
      assertThat(fran.admin()).isTrue();
      assertThat(fran.passwordHash())
          .startsWith("$argon2id$")
          .doesNotContain("a long enough secret");
      assertThat(Passwords.verify("a long enough secret", fran.passwordHash())).isTrue();
      assertThat(Passwords.verify("another secret!", fran.passwordHash())).isFalse();
    }
  }

  @Test
  void refusesAShortPasswordAndADuplicateName() {
    assertThat(add("short", "--password-stdin", "--data", data.toString(), "Ada")).isNotZero();
    assertThat(add("a long enough secret", "--password-stdin", "--data", data.toString(), "Ada"))
        .isZero();
    assertThat(add("a long enough secret", "--password-stdin", "--data", data.toString(), "Ada"))
        .isNotZero();
  }

  @Test
  void printsTheAuditLog() {
    add("a long enough secret", "--password-stdin", "--data", data.toString(), "Ada");
    StringWriter out = new StringWriter();
    CommandLine audit = new CommandLine(new UserCommand.Audit());
    audit.setOut(new PrintWriter(out));
    assertThat(audit.execute("--data", data.toString())).isZero();
    assertThat(out.toString()).contains("account-created", "Ada");
  }

  @Test
  void refusesNamesWithControlOrBidiCharacters() {
    for (String name : new String[] {"Ada\u202Enimda", "Ada\u001b[2J", "Ada\nFran"}) {
      assertThat(add("a long enough secret", "--password-stdin", "--data", data.toString(), name))
          .as(name)
          .isNotZero();
    }
  }

  @Test
  void printsWhatVisitorsTypedEscapedOneLinePerEvent() {
    add("a long enough secret", "--password-stdin", "--data", data.toString(), "Ada");
    try (Database db = Databases.openSqlite(data)) {
      JdbiTeamStores.on(db.dataSource())
          .audit()
          .append(
              new AuditEvent(
                  Instant.parse("2026-11-26T10:00:00Z"),
                  "x\n2026-11-26T09:30:00Z  login  Fran\u001b[2J\u001b[H\u202E",
                  AuditAction.LOGIN_FAILED,
                  "127.0.0.1",
                  "unknown \\ account"));
    }
    StringWriter out = new StringWriter();
    CommandLine audit = new CommandLine(new UserCommand.Audit());
    audit.setOut(new PrintWriter(out));
    assertThat(audit.execute("--data", data.toString())).isZero();
    String printed = out.toString();
    assertThat(printed.lines()).hasSize(2);
    assertThat(printed)
        .doesNotContain("\u001b", "\u202E", "\r")
        .contains(
            "x\\n2026-11-26T09:30:00Z  login  Fran\\u001b[2J\\u001b[H\\u202e",
            "unknown \\\\ account");
  }
}
