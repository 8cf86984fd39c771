package dev.stackfit.cli.user;

import dev.stackfit.cli.DatabaseOptions;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.Identified;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.core.text.VisibleText;
import dev.stackfit.store.Database;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.auth.ApiTokens;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit user token create|list|revoke}: personal API tokens of an account, on the server
 * (the same as its {@code /tokens} page). The secret is printed once; the database keeps its hash.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manage an account's personal API tokens (Authorization: Bearer).",
    subcommands = {TokenCommand.Create.class, TokenCommand.List.class, TokenCommand.Revoke.class})
public final class TokenCommand {
  private static Account account(TeamStores stores, String name) {
    return stores
        .accounts()
        .findByName(name)
        .orElseThrow(() -> new BadInputException("--account " + name + ": no such account"));
  }

  /** Makes a token and prints its secret once. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a token; its secret is printed once, only its hash is kept.")
  public static final class Create implements Callable<Integer> {
    @Option(names = "--account", required = true, description = "Whose rights it carries.")
    String account;

    @Option(names = "--name", required = true, description = "What uses it (1-100 characters).")
    String name;

    @Option(
        names = "--scope",
        defaultValue = "read",
        description = "read (read and reassess) or read-write (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(
        names = "--days",
        defaultValue = "90",
        description = "Days until it expires, 1-366 (default: ${DEFAULT-VALUE}).")
    int days;

    @Mixin DatabaseOptions where = new DatabaseOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      TokenScope tokenScope =
          Identified.byId(TokenScope.class, scope)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--scope: " + Identified.notOneOf(TokenScope.class, scope)));
      try (Database database = where.open()) {
        TeamStores stores = JdbiTeamStores.on(database.dataSource());
        Account owner = account(stores, account);
        Instant now = Instant.now();
        ApiTokens.Created created =
            new ApiTokens(stores.tokens()).create(owner, name, tokenScope, days, now);
        ApiToken t = created.token();
        stores
            .audit()
            .append(
                new AuditEvent(now, owner.name(), AuditAction.TOKEN_CREATED, "cli", t.describe()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "%s%nToken %s (%s, %s) for %s, expires %s. Copy it now: it is not shown again.%n",
            created.secret(), t.id(), t.name(), t.scope().id(), owner.name(), t.expiresAt());
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  /** Lists an account's tokens, never their secrets. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List an account's tokens.")
  public static final class List implements Callable<Integer> {
    @Option(names = "--account", required = true, description = "Whose tokens.")
    String account;

    @Mixin DatabaseOptions where = new DatabaseOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database database = where.open()) {
        TeamStores stores = JdbiTeamStores.on(database.dataSource());
        Instant now = Instant.now();
        PrintWriter out = spec.commandLine().getOut();
        for (ApiToken t : stores.tokens().of(account(stores, account).id())) {
          out.printf(
              "%s  %-10s %-8s expires %s  last used %s  %s%n",
              t.id(),
              t.scope().id(),
              t.revokedAt().isPresent() ? "revoked" : t.usable(now) ? "active" : "expired",
              t.expiresAt(),
              t.lastUsedAt().map(Instant::toString).orElse("never"),
              VisibleText.escape(t.name()));
        }
        out.flush();
      }
      return ExitCodes.OK;
    }
  }

  /** Revokes one token of an account. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token: it is never accepted again.")
  public static final class Revoke implements Callable<Integer> {
    @Option(names = "--account", required = true, description = "Whose token.")
    String account;

    @Parameters(paramLabel = "ID", description = "The token's id, from `user token list`.")
    String id;

    @Mixin DatabaseOptions where = new DatabaseOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database database = where.open()) {
        TeamStores stores = JdbiTeamStores.on(database.dataSource());
        Account owner = account(stores, account);
        Instant now = Instant.now();
        if (!new ApiTokens(stores.tokens()).revoke(owner, id, now)) {
          throw new BadInputException(
              id + ": " + owner.name() + " has no active token by that id (see `user token list`)");
        }
        stores
            .audit()
            .append(
                new AuditEvent(now, owner.name(), AuditAction.TOKEN_REVOKED, "cli", "token " + id));
        spec.commandLine().getOut().printf("Revoked token %s of %s.%n", id, owner.name());
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    }
  }
}
