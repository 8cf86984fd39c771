package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.auth.Tokens;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stackfit user token create|list|revoke} against a real SQLite database. */
class UserTokenCommandTests {
  @TempDir Path data;

  private void account(String name) {
    try (Database db = Databases.openSqlite(data)) {
      JdbiTeamStores.on(db.dataSource()).accounts().add(name, "x", false, Instant.now());
    }
  }

  private <T> T withStores(java.util.function.Function<TeamStores, T> read) {
    try (Database db = Databases.openSqlite(data)) {
      return read.apply(JdbiTeamStores.on(db.dataSource()));
    }
  }

  @Test
  void createsListsAndRevokesATokenKeepingOnlyItsHash() {
    account("Ada");
    CliRun created =
        CliRun.run(
            "user",
            "token",
            "create",
            "--account",
            "Ada",
            "--name",
            "monthly reassessment",
            "--scope",
            "read-write",
            "--days",
            "30",
            "--data",
            data.toString());
    assertThat(created.exitCode()).as(created.err()).isZero();
    String secret = created.out().lines().findFirst().orElseThrow();
    assertThat(secret).startsWith("sft_").hasSize(47);
    assertThat(created.out()).contains("read-write", "not shown again");

    ApiToken stored = withStores(s -> s.tokens().findByHash(Tokens.hash(secret))).orElseThrow();
    assertThat(stored.scope()).isEqualTo(TokenScope.READ_WRITE);
    assertThat(stored.tokenHash()).doesNotContain(secret);

    CliRun listed =
        CliRun.run("user", "token", "list", "--account", "Ada", "--data", data.toString());
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out())
        .contains(stored.id(), "read-write", "active", "monthly reassessment")
        .doesNotContain(secret);

    CliRun revoked =
        CliRun.run(
            "user", "token", "revoke", "--account", "Ada", stored.id(), "--data", data.toString());
    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    assertThat(
            withStores(s -> s.tokens().findByHash(Tokens.hash(secret))).orElseThrow().revokedAt())
        .isPresent();
    assertThat(
            CliRun.run("user", "token", "list", "--account", "Ada", "--data", data.toString())
                .out())
        .contains("revoked");
    CliRun again =
        CliRun.run(
            "user", "token", "revoke", "--account", "Ada", stored.id(), "--data", data.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("no active token").doesNotContain("Exception");

    List<AuditAction> audited =
        withStores(s -> s.audit().newest(100).stream().map(e -> e.action()).toList());
    assertThat(audited).contains(AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED);
  }

  @Test
  void refusesBadInputWithAMessage() {
    account("Ada");
    for (String[] args :
        List.of(
            new String[] {"--account", "Nobody", "--name", "x"},
            new String[] {"--account", "Ada", "--name", " "},
            new String[] {"--account", "Ada", "--name", "x", "--scope", "admin"},
            new String[] {"--account", "Ada", "--name", "x", "--days", "400"})) {
      String[] all = new String[args.length + 5];
      all[0] = "user";
      all[1] = "token";
      all[2] = "create";
      System.arraycopy(args, 0, all, 3, args.length);
      all[args.length + 3] = "--data";
      all[args.length + 4] = data.toString();
      CliRun run = CliRun.run(all);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).isNotBlank().doesNotContain("Exception");
    }
  }
}
