package dev.stackfit.store.team;

import dev.stackfit.core.team.TeamStores;
import javax.sql.DataSource;

/**
 * Opens the team ports on any database the migrations support (SQLite, PostgreSQL). Every call
 * borrows its own connection, and every multi-row change runs in one transaction.
 */
public final class JdbiTeamStores {
  private JdbiTeamStores() {}

  /** The team ports on a migrated database (see {@code Databases}). */
  public static TeamStores on(DataSource dataSource) {
    TeamTables tables = new TeamTables(dataSource);
    JdbiAccountStore accounts = new JdbiAccountStore(tables);
    return new TeamStores(
        accounts,
        new JdbiLoginStore(tables),
        new JdbiAuditLog(tables),
        new JdbiSessionStore(tables),
        new JdbiInvitationStore(tables, accounts),
        new JdbiBallotStore(tables),
        new JdbiDecisionStore(tables),
        new JdbiEvaluationOwners(tables),
        new JdbiSignInAttempts(tables),
        new JdbiApiTokenStore(tables));
  }
}
