package dev.stackfit.store.team;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.store.Database;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh database with the team ports on it, for each contract test; every port's contract extends
 * it and runs against each vendor (see {@link SqliteTeamStoreTests}).
 */
abstract class TeamStoreFixture {
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00.123Z");

  Database database;
  TeamStores stores;

  abstract Database openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = openEmpty();
    stores = JdbiTeamStores.on(database.dataSource());
  }

  @AfterEach
  void close() {
    database.close();
  }

  Account user(String name) {
    return stores.accounts().add(name, "$argon2id$fake", false, NOW);
  }

  TeamSession session(Account facilitator) {
    return stores
        .sessions()
        .create(
            new NewTeamSession(
                "Pick one", "ev1", List.of("quarkus", "javalin"), facilitator.id(), NOW));
  }
}
