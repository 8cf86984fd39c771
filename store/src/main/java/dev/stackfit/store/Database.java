package dev.stackfit.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.stackfit.core.history.EvaluationStore;
import javax.sql.DataSource;

/**
 * An open, migrated database and the evaluation store on it; close it to release its connections.
 *
 * @param vendor which database engine
 * @param description where the data lives, for start-up messages (file path or URL without
 *     credentials)
 * @param dataSource the pooled connections
 * @param evaluations the evaluation store
 */
public record Database(
    Vendor vendor, String description, DataSource dataSource, EvaluationStore evaluations)
    implements AutoCloseable {

  /** The database engines stackfit runs on. */
  public enum Vendor {
    SQLITE,
    POSTGRESQL
  }

  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }
}
