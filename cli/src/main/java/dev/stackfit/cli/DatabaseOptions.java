package dev.stackfit.cli;

import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The {@code --db} and {@code --data} options of every command that opens the web app's database
 * ({@code serve}, {@code user}), with one default for all of them, and the hint that points another
 * command at the same database.
 */
public final class DatabaseOptions {
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description = "PostgreSQL JDBC URL for a team server (default: an SQLite file in --data).")
  String db;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Directory of the SQLite database (default: data/ in the stackfit folder, else ~/.stackfit).")
  Path data;

  /** Opens the database these options name. */
  public Database open() {
    return Databases.open(db, data != null ? data : defaultDataDir());
  }

  /** The options as a user would type them again; "" for the default database. */
  public String asArguments() {
    return arguments(db, data);
  }

  /**
   * The options that point a command at this database: {@code --db URL} (its password masked) or
   * {@code --data DIR} when it is not the default folder; "" for the default.
   */
  public static String arguments(String db, Path data) {
    if (db != null && !db.isBlank()) {
      return " --db " + quote(PASSWORD.matcher(db).replaceAll("$1..."));
    }
    if (data == null || isDefault(data)) {
      return "";
    }
    return " --data " + quote(data.toAbsolutePath().normalize().toString());
  }

  /** Where the SQLite database lives by default: data/ beside the launcher, else ~/.stackfit. */
  public static Path defaultDataDir() {
    String home = System.getProperty("stackfit.home");
    return home != null
        ? Path.of(home, "data")
        : Path.of(System.getProperty("user.home"), ".stackfit");
  }

  private static boolean isDefault(Path data) {
    Path normal = data.toAbsolutePath().normalize();
    Path standard = defaultDataDir().toAbsolutePath().normalize();
    try {
      return normal.equals(standard)
          || (Files.exists(normal) && Files.exists(standard) && Files.isSameFile(normal, standard));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String quote(String text) {
    return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
