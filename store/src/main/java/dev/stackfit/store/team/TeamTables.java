package dev.stackfit.store.team;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * What the team stores share: one Jdbi on the migrated database, fresh ids, and the one place a
 * database failure becomes a {@link TeamStoreException}. Thread-safe.
 */
final class TeamTables {
  final Jdbi jdbi;
  private final SecureRandom random = new SecureRandom();

  TeamTables(DataSource dataSource) {
    this.jdbi = Jdbi.create(dataSource);
  }

  /** A url-safe random id of 12 characters. */
  String newId() {
    byte[] bytes = new byte[9];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Runs one statement on its own connection; returns the rows changed. */
  int update(String sql, Object... args) {
    return call(() -> jdbi.withHandle(h -> h.execute(sql, args)));
  }

  /** Runs {@code body}, turning a database failure into a {@link TeamStoreException}. */
  static <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (JdbiException e) {
      throw new TeamStoreException("database call failed: " + e.getMessage(), e);
    }
  }

  /** {@code at} to the millisecond, the precision both vendors keep. */
  static Instant millis(Instant at) {
    return Instant.ofEpochMilli(at.toEpochMilli());
  }
}
