package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.NewTeamSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamSession;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.web.auth.Tokens;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL while participants keep revising their ballots, then reopens the
 * database: every ballot revision the server acknowledged is there (or a later one).
 */
class SigkillDurabilityTests {
  static final int VOTERS = 20;
  static final List<String> FRAMEWORKS = List.of("micronaut", "quarkus");
  static final Pattern REVISION = Pattern.compile("revision (\\d+)");

  @TempDir Path data;

  private record Voter(Account account, String cookie, String csrf) {}

  @Test
  void noAcknowledgedBallotIsLostWhenTheServerIsKilled() throws Exception {
    List<Voter> voters = new ArrayList<>();
    String sessionId;
    try (Database db = Databases.openSqlite(data)) {
      TeamStores store = JdbiTeamStores.on(db.dataSource());
      Account fran = store.accounts().add("Fran", TeamServer.passwordHash(), true, TeamServer.NOW);
      TeamSession s =
          store
              .sessions()
              .create(new NewTeamSession("Kill", "ev", FRAMEWORKS, fran.id(), TeamServer.NOW));
      sessionId = s.id();
      for (int i = 0; i < VOTERS; i++) {
        Account a =
            store.accounts().add("voter-" + i, TeamServer.passwordHash(), false, TeamServer.NOW);
        store.sessions().addMember(sessionId, a.id(), Role.PARTICIPANT);
        String token = Tokens.random();
        String csrf = Tokens.random();
        store
            .logins()
            .save(
                new LoginSession(
                    Tokens.hash(token),
                    a.id(),
                    csrf,
                    TeamServer.NOW,
                    TeamServer.NOW.plus(Duration.ofDays(1))));
        voters.add(new Voter(a, token, csrf));
      }
    }
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KillableServer.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    try {
      int port = port(server);
      AtomicBoolean running = new AtomicBoolean(true);
      try (ExecutorService threads = Executors.newFixedThreadPool(VOTERS);
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        for (Voter v : voters) {
          threads.submit(() -> revise(http, port, sessionId, v, running, acknowledged));
        }
        // Kill mid-stream: once the server is warm and acknowledging, while every voter is busy.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < VOTERS && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(500);
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      server.destroyForcibly();
    }
    assertThat(acknowledged).as("the server acknowledged ballots before it died").isNotEmpty();
    try (Database db = Databases.openSqlite(data)) {
      Map<String, Integer> stored = new ConcurrentHashMap<>();
      for (StoredBallot b : JdbiTeamStores.on(db.dataSource()).ballots().ofRound(sessionId, 1)) {
        Matcher m = REVISION.matcher(b.ballotJson());
        assertThat(m.find()).isTrue();
        stored.put(b.participant(), Integer.parseInt(m.group(1)));
      }
      acknowledged.forEach(
          (voter, revision) ->
              assertThat(stored.getOrDefault(voter, -1))
                  .as(voter + " was acknowledged at revision " + revision)
                  .isGreaterThanOrEqualTo(revision));
      System.out.printf(
          "SIGKILL test: %d acknowledged revisions across %d voters, all found after restart%n",
          acknowledged.values().stream().mapToInt(Integer::intValue).sum(), acknowledged.size());
    }
  }

  private static int port(Process server) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("PORT ")) {
        return Integer.parseInt(line.substring(5).strip());
      }
    }
    throw new IllegalStateException("the server exited before it listened");
  }

  private static void revise(
      HttpClient http,
      int port,
      String sessionId,
      Voter v,
      AtomicBoolean running,
      Map<String, Integer> acknowledged) {
    for (int revision = 1; running.get(); revision++) {
      StringBuilder json =
          new StringBuilder("{\"weights\":{\"team-expertise\":50,\"scale-fit\":50},\"ratings\":{");
      for (int f = 0; f < FRAMEWORKS.size(); f++) {
        json.append(f == 0 ? "" : ",").append('"').append(FRAMEWORKS.get(f)).append("\":{");
        for (int c = 0; c < DecisionSessions.CRITERIA.size(); c++) {
          json.append(c == 0 ? "" : ",")
              .append('"')
              .append(DecisionSessions.CRITERIA.get(c).id())
              .append("\":3");
        }
        json.append('}');
      }
      json.append("},\"concerns\":\"revision ").append(revision).append("\"}");
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:" + port + "/api/v1/sessions/" + sessionId + "/ballot"))
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header("Cookie", "stackfit_session=" + v.cookie())
              .header("X-CSRF-Token", v.csrf())
              .PUT(HttpRequest.BodyPublishers.ofString(json.toString()))
              .build();
      try {
        if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          acknowledged.put(v.account().name(), revision);
        }
      } catch (Exception e) {
        return; // the server is gone: this revision was never acknowledged
      }
    }
  }
}
