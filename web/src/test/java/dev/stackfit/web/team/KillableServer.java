package dev.stackfit.web.team;

import java.nio.file.Path;

/** A team server in its own JVM, for {@link SigkillDurabilityTests} to kill with SIGKILL. */
final class KillableServer {
  private KillableServer() {}

  public static void main(String[] args) throws InterruptedException {
    TeamServer server = new TeamServer(Path.of(args[0]));
    System.out.println("PORT " + server.app.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
