package dev.stackfit.web.team;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.WebApp;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.Passwords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The web app with its team store on a fresh SQLite database, on a random loopback port. */
final class TeamServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");
  static final String PASSWORD = "correct horse battery";
  private static Catalog catalog;
  private static String passwordHash;

  final Database database;
  final TeamStores stores;
  final WebApp app;
  private final String host;

  TeamServer(Path dataDir) {
    this(dataDir, "127.0.0.1");
  }

  /** On {@code host}, an address of this machine (a non-loopback one to test remote clients). */
  TeamServer(Path dataDir, String host) {
    this(dataDir, host, UnaryOperator.identity());
  }

  /**
   * With the app's team ports replaced by {@code decorate} (to make calls fail, say); {@link
   * #stores} stays the plain ones.
   */
  TeamServer(Path dataDir, String host, UnaryOperator<TeamStores> decorate) {
    this(Databases.openSqlite(dataDir), host, decorate, UnaryOperator.identity());
  }

  /** On loopback with its configuration changed by {@code configure} (trusted proxies, say). */
  static TeamServer configured(Path dataDir, UnaryOperator<WebConfig> configure) {
    return new TeamServer(
        Databases.openSqlite(dataDir), "127.0.0.1", UnaryOperator.identity(), configure);
  }

  /** On {@code database}, which it closes when it stops. */
  TeamServer(
      Database database,
      String host,
      UnaryOperator<TeamStores> decorate,
      UnaryOperator<WebConfig> configure) {
    this.host = host;
    this.database = database;
    this.stores = JdbiTeamStores.on(database.dataSource());
    Catalog catalog = catalog();
    ProfileReader reader =
        new ProfileReader(
            catalog.frameworks().stream().map(Framework::id).collect(Collectors.toSet()));
    this.app =
        WebApp.start(
            configure.apply(
                new WebConfig(
                    host,
                    0,
                    catalog,
                    database.evaluations(),
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    reader,
                    WebConfig.DEFAULT_MAX_BODY_BYTES,
                    500,
                    WebConfig.DEFAULT_ADMIN_COMMAND)),
            Optional.of(decorate.apply(stores)));
  }

  static synchronized Catalog catalog() {
    if (catalog == null) {
      catalog = dev.stackfit.web.TeamFixtures.catalog();
    }
    return catalog;
  }

  /** One Argon2id hash shared by test accounts: hashing is slow on purpose. */
  static synchronized String passwordHash() {
    if (passwordHash == null) {
      passwordHash = Passwords.hash(PASSWORD);
    }
    return passwordHash;
  }

  Account user(String name) {
    return stores.accounts().add(name, passwordHash(), false, NOW);
  }

  String base() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
  }

  /** A new signed-in browser-like client. */
  TeamClient signedIn(String name) {
    TeamClient client = new TeamClient(base());
    client.signIn(name, PASSWORD);
    return client;
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
