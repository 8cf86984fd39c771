package dev.stackfit.cli.serve;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.DatabaseOptions;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.team.AccountStore;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.store.Database;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.WebApp;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.TrustedProxies;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stackfit serve}: the web app and JSON API on SQLite (default) or PostgreSQL. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web app and JSON API.")
public final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDR",
      description =
          "IP address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers to"
              + " believe; repeat for several. By default nobody's are.")
  List<String> trustedProxies = new ArrayList<>();

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The address people reach the app at (https://stackfit.example.org/), used in every"
              + " absolute link such as invitations (default: the address it is started on).")
  String publicUrl;

  @Mixin DatabaseOptions databaseOptions = new DatabaseOptions();

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    checkHostResolves(host);
    UnaryOperator<WebConfig> proxyAndAddress = proxyAndAddress(trustedProxies, publicUrl);
    Catalog catalog = catalogOption.load();
    Database database = databaseOptions.open();
    String adminCommand = "stackfit user add --admin NAME" + databaseOptions.asArguments();
    try {
      refuseOpenNetworkWithoutAccounts(
          host, JdbiTeamStores.on(database.dataSource()).accounts(), adminCommand);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    Running running = start(catalog, database, port, host, adminCommand, proxyAndAddress);
    PrintWriter out = spec.commandLine().getOut();
    if (publicUrl == null && isWildcard(host)) {
      out.printf(
          "note: links the app writes (invitations) name %s; give --public-url with the address"
              + " people use%n",
          running.app().url());
    }
    out.printf(
        "stackfit is serving %s%n  database: %s (%s)%n  API: %sapi/v1/openapi.json%nPress Ctrl-C to stop.%n",
        running.app().url(),
        database.description(),
        database.vendor().name().toLowerCase(),
        running.app().url());
    out.flush();
    running.awaitShutdown();
    return ExitCodes.OK;
  }

  /** A started app and the database it uses, stopped together on shutdown. */
  public record Running(WebApp app, Database database, CountDownLatch stopped) {
    public void awaitShutdown() throws InterruptedException {
      stopped.await();
    }
  }

  /** Starts the app and registers a shutdown hook that stops it and closes the database. */
  public static Running start(
      Catalog catalog, Database database, int port, String host, String adminCommand) {
    return start(catalog, database, port, host, adminCommand, UnaryOperator.identity());
  }

  /**
   * As {@link #start(Catalog, Database, int, String, String)}, configured further by {@code more}.
   */
  public static Running start(
      Catalog catalog,
      Database database,
      int port,
      String host,
      String adminCommand,
      UnaryOperator<WebConfig> more) {
    ProfileReader reader = ProfileReader.forCatalog(catalog);
    WebApp app;
    try {
      app =
          WebApp.start(
              more.apply(
                  new WebConfig(
                      host,
                      port,
                      catalog,
                      database.evaluations(),
                      Clock.systemDefaultZone(),
                      reader,
                      WebConfig.DEFAULT_MAX_BODY_BYTES,
                      10_000,
                      adminCommand)),
              Optional.of(JdbiTeamStores.on(database.dataSource())));
    } catch (RuntimeException e) {
      database.close();
      String why = "cannot start the web app on " + host + ":" + port + ": " + rootMessage(e);
      // A taken port or an address that is not this machine's is the caller's to change.
      throw boundElsewhere(e) ? new BadInputException(why, e) : new InfrastructureException(why, e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  database.close();
                  stopped.countDown();
                },
                "stackfit-shutdown"));
    return new Running(app, database, stopped);
  }

  private static boolean boundElsewhere(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException || cause instanceof JavalinBindException) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  /**
   * Without accounts nobody signs in, so the app may only listen on this machine: a team server
   * needs its first account before it binds to an address others can reach.
   */
  static void refuseOpenNetworkWithoutAccounts(
      String host, AccountStore accounts, String adminCommand) {
    if (isLoopback(host) || accounts.count() > 0) {
      return;
    }
    throw new BadInputException(
        "--host "
            + host
            + ": this stackfit has no accounts yet, so anyone who can reach that address could"
            + " read and change everything without signing in. Create the first account with `"
            + adminCommand
            + "`, then start again; or leave out --host to serve this machine only.");
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * The configuration {@code --trusted-proxy} and {@code --public-url} add, checked: a proxy is an
   * IP address (never a name to look up), a public address an http(s) URL.
   */
  static UnaryOperator<WebConfig> proxyAndAddress(List<String> proxies, String publicUrl) {
    for (String proxy : proxies) {
      try {
        new TrustedProxies(Set.of(proxy));
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--trusted-proxy " + proxy + ": not an IP address");
      }
    }
    Set<String> trusted = Set.copyOf(proxies);
    Optional<URI> url = Optional.ofNullable(publicUrl).map(ServeCommand::publicUrl);
    return config -> config.withTrustedProxies(trusted).withPublicUrl(url);
  }

  private static URI publicUrl(String text) {
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw new BadInputException("--public-url " + text + ": not a URL (" + e.getReason() + ")");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new BadInputException(
          "--public-url " + text + ": give an http:// or https:// address with a host name");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new BadInputException("--public-url " + text + ": no query or fragment, please");
    }
    return url;
  }

  static boolean isWildcard(String host) {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Binding beyond loopback happens only when --host names an address; check that it resolves. */
  static void checkHostResolves(String host) {
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new BadInputException("--host " + host + ": unknown host");
    }
  }
}
