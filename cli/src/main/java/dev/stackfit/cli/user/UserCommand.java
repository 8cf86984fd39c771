package dev.stackfit.cli.user;

import dev.stackfit.cli.DatabaseOptions;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.core.text.VisibleText;
import dev.stackfit.store.Database;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.auth.Passwords;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit user add [--admin] NAME}: adds a local account to the database {@code serve}
 * uses; {@code stackfit user audit} prints the sign-in audit log; {@code stackfit user token}
 * manages an account's API tokens. Once an account exists, the web app asks everyone to sign in.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage the web app's local accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.Audit.class, TokenCommand.class})
public final class UserCommand {
  /** Adds an account. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add an account. The password is read from the console, or from STACKFIT_PASSWORD for scripts.")
  public static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Sign-in and display name (1-64 characters).")
    String name;

    @Option(
        names = "--admin",
        description = "Make the account an administrator (the first one should be).")
    boolean admin;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    InputStream in = System.in;

    @picocli.CommandLine.Mixin DatabaseOptions where = new DatabaseOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (!Account.validName(name)) {
        throw new BadInputException(Account.NAME_RULE + "; was " + VisibleText.escape(name));
      }
      String password = password();
      String weakness = Passwords.weakness(password);
      if (!weakness.isEmpty()) {
        throw new BadInputException(weakness);
      }
      try (Database database = where.open()) {
        TeamStores stores = JdbiTeamStores.on(database.dataSource());
        stores.accounts().add(name, Passwords.hash(password), admin, Instant.now());
        stores
            .audit()
            .append(
                new AuditEvent(
                    Instant.now(), name, AuditAction.ACCOUNT_CREATED, "cli", admin ? "admin" : ""));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "Added %s%s to %s.%nThe web app now asks everyone to sign in.%n",
            admin ? "administrator " : "", name, database.description());
        out.flush();
      }
      return ExitCodes.OK;
    }

    private String password() {
      if (passwordStdin) {
        try {
          String line =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
          return line == null ? "" : line;
        } catch (IOException e) {
          throw new InfrastructureException(
              "cannot read the password from standard input: " + e.getMessage(), e);
        }
      }
      String fromEnvironment = System.getenv("STACKFIT_PASSWORD");
      if (fromEnvironment != null) {
        return fromEnvironment;
      }
      Console console = System.console();
      if (console == null) {
        throw new BadInputException("no console to read a password from: set STACKFIT_PASSWORD");
      }
      char[] first =
          console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
      char[] second = console.readPassword("Again: ");
      try {
        if (first == null || !Arrays.equals(first, second)) {
          throw new BadInputException("the passwords differ");
        }
        return new String(first);
      } finally {
        Arrays.fill(first == null ? new char[0] : first, ' ');
        Arrays.fill(second == null ? new char[0] : second, ' ');
      }
    }
  }

  /** Prints the newest audit events. */
  @Command(
      name = "audit",
      mixinStandardHelpOptions = true,
      description = "Print the newest sign-in and session events.")
  public static final class Audit implements Callable<Integer> {
    @Option(
        names = "--limit",
        defaultValue = "50",
        description = "How many events (default: ${DEFAULT-VALUE}).")
    int limit;

    @picocli.CommandLine.Mixin DatabaseOptions where = new DatabaseOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Database database = where.open()) {
        PrintWriter out = spec.commandLine().getOut();
        for (AuditEvent e : JdbiTeamStores.on(database.dataSource()).audit().newest(limit)) {
          // Names of failed sign-ins are whatever a visitor typed: print them escaped, so that
          // line breaks and terminal escape codes cannot forge lines or clear the screen.
          out.printf(
              "%s  %-18s %-20s %-15s %s%n",
              e.at(),
              e.action().id(),
              VisibleText.escape(e.account()),
              VisibleText.escape(e.client()),
              VisibleText.escape(e.detail()));
        }
        out.flush();
      }
      return ExitCodes.OK;
    }
  }
}
