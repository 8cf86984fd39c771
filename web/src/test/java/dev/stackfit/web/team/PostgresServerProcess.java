package dev.stackfit.web.team;

import dev.stackfit.store.Databases;
import java.util.function.UnaryOperator;

/**
 * A team server in its own JVM on a PostgreSQL database given by JDBC URL, like one {@code serve}
 * process of several sharing a database ({@link MultiServerTests}). Prints its port, then serves
 * until killed.
 */
final class PostgresServerProcess {
  private PostgresServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    TeamServer server =
        new TeamServer(
            Databases.openPostgres(args[0]),
            "127.0.0.1",
            UnaryOperator.identity(),
            UnaryOperator.identity());
    System.out.println("PORT " + server.app.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
