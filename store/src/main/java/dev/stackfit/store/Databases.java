package dev.stackfit.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stackfit.core.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens stackfit's database (SQLite file by default, PostgreSQL by URL) and migrates its schema.
 */
public final class Databases {
  /** The SQLite file inside the data directory. */
  public static final String SQLITE_FILE = "stackfit.db";

  private static final int SQLITE_BUSY_TIMEOUT_MS = 5_000;
  private static final int SQLITE_PAGE_BYTES = 65_536;
  private static final int SQLITE_DEFAULT_PAGE_BYTES = 4_096;
  private static final int WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;

  private Databases() {}

  /**
   * Opens the SQLite database {@code dataDir/stackfit.db}, creating the directory and the file on
   * first use.
   */
  public static Database openSqlite(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create data directory " + dataDir + ": " + e.getMessage(), e);
    }
    Path file = dataDir.resolve(SQLITE_FILE).toAbsolutePath();
    int pageBytes = preparePages(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file);
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    // Checkpoint (and, with synchronous=NORMAL, fsync) after the same ~4 MiB of WAL as SQLite's
    // default of 1,000 4 KiB pages, so the larger pages do not widen what a power cut could undo.
    pool.setConnectionInitSql(
        "PRAGMA wal_autocheckpoint=" + Math.max(1, WAL_CHECKPOINT_BYTES / pageBytes));
    // SQLite serialises writers; a few connections let readers proceed beside one writer.
    pool.setMaximumPoolSize(4);
    pool.setPoolName("stackfit-sqlite");
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(pool);
    } catch (RuntimeException e) {
      throw new StoreException(
          file
              + " cannot be opened as an SQLite database ("
              + rootMessage(e)
              + "); move it aside or give another --data directory",
          e);
    }
    return migrated(Database.Vendor.SQLITE, file.toString(), dataSource);
  }

  /**
   * Creates a missing (or empty) SQLite file with 64 KiB pages, in WAL mode, and answers the file's
   * page size. A saved evaluation's result is some 220 KB of JSON: in SQLite's default 4 KiB pages
   * each save wrote 55 overflow pages to the WAL and copied them again at the next checkpoint,
   * 1.2-1.5 ms of CPU and 2.3-6 ms holding the write lock per save; in 64 KiB pages, checkpointing
   * as often, 0.6 ms and 1.6-2 ms (docs/benchmarks.md, issue 21). The page size can only be chosen
   * before the first write and not at all once in WAL mode, so this runs before the pool's
   * connections (which switch to WAL at once); existing files keep their pages. When the file
   * cannot be read, SQLite's default is answered and the pool's first connection reports why.
   */
  private static int preparePages(Path file) {
    boolean fresh;
    try {
      fresh = !Files.exists(file) || Files.size(file) == 0;
    } catch (IOException e) {
      return SQLITE_DEFAULT_PAGE_BYTES;
    }
    SQLiteDataSource plain = new SQLiteDataSource(new SQLiteConfig());
    plain.setUrl("jdbc:sqlite:" + file);
    try (Connection connection = plain.getConnection();
        Statement statement = connection.createStatement()) {
      if (fresh) {
        statement.execute("PRAGMA page_size=" + SQLITE_PAGE_BYTES);
        statement.execute("PRAGMA journal_mode=WAL");
      }
      try (ResultSet pageSize = statement.executeQuery("PRAGMA page_size")) {
        return pageSize.next() ? pageSize.getInt(1) : SQLITE_DEFAULT_PAGE_BYTES;
      }
    } catch (SQLException e) {
      if (fresh) {
        throw new StoreException(
            file + " cannot be created as an SQLite database (" + e.getMessage() + ")", e);
      }
      return SQLITE_DEFAULT_PAGE_BYTES;
    }
  }

  /** Opens a PostgreSQL database by JDBC URL ({@code jdbc:postgresql://host/db?user=..}). */
  public static Database openPostgres(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new BadInputException(
          "--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host/db), got "
              + (jdbcUrl == null ? "nothing" : withoutQuery(jdbcUrl)));
    }
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setMaximumPoolSize(8);
    pool.setPoolName("stackfit-postgresql");
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(pool);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot connect to " + withoutQuery(jdbcUrl) + ": " + e.getMessage(), e);
    }
    return migrated(Database.Vendor.POSTGRESQL, withoutQuery(jdbcUrl), dataSource);
  }

  /**
   * Opens PostgreSQL when {@code jdbcUrl} is given, else the SQLite file in {@code dataDir}.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL, or null
   * @param dataDir the SQLite data directory, used when {@code jdbcUrl} is null
   */
  public static Database open(String jdbcUrl, Path dataDir) {
    return jdbcUrl == null || jdbcUrl.isBlank() ? openSqlite(dataDir) : openPostgres(jdbcUrl);
  }

  private static Database migrated(
      Database.Vendor vendor, String description, HikariDataSource dataSource) {
    try {
      migrate(dataSource);
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException("cannot migrate " + description + ": " + e.getMessage(), e);
    }
    return new Database(
        vendor, description, dataSource, new JdbiEvaluationStore(dataSource, new RandomIds()));
  }

  static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  // Credentials often ride in the query string; keep them out of messages.
  private static String withoutQuery(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
