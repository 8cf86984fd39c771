package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.LoginSession;
import dev.stackfit.core.team.Role;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.web.auth.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 200 participants submit at the same moment over HTTP: every ballot is kept exactly once. */
class ConcurrentBallotsTests {
  static final int PARTICIPANTS = 200;

  @TempDir Path data;

  /** A participant signed in directly in the store (200 Argon2 logins would only test hashing). */
  private record Voter(Account account, String cookie, String csrf) {}

  @Test
  void twoHundredSimultaneousBallotsAreAllKeptOnce() throws Exception {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      String sessionId =
          SessionFixture.open(
              server.signedIn("Fran"), SessionFixture.evaluation(server, "Fran"), "Load");
      List<Voter> voters = new ArrayList<>();
      for (int i = 0; i < PARTICIPANTS; i++) {
        Account a = server.user("voter-" + i);
        server.stores.sessions().addMember(sessionId, a.id(), Role.PARTICIPANT);
        String token = Tokens.random();
        String csrf = Tokens.random();
        server
            .stores
            .logins()
            .save(
                new LoginSession(
                    Tokens.hash(token),
                    a.id(),
                    csrf,
                    TeamServer.NOW,
                    TeamServer.NOW.plus(Duration.ofHours(1))));
        voters.add(new Voter(a, token, csrf));
      }
      List<String> frameworks = server.stores.sessions().find(sessionId).orElseThrow().frameworks();
      CountDownLatch start = new CountDownLatch(1);
      List<Integer> statuses;
      // The blocking sends get their own threads; the client keeps its own executor for I/O.
      try (ExecutorService threads = Executors.newFixedThreadPool(PARTICIPANTS);
          HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (Voter v : voters) {
          answers.add(
              CompletableFuture.supplyAsync(
                  () -> submit(http, server, sessionId, v, frameworks, start), threads));
        }
        start.countDown();
        statuses = answers.stream().map(CompletableFuture::join).toList();
      }
      assertThat(statuses).hasSize(PARTICIPANTS).allMatch(s -> s == 200);
      List<StoredBallot> stored = server.stores.ballots().ofRound(sessionId, 1);
      assertThat(stored).hasSize(PARTICIPANTS);
      assertThat(stored).extracting(StoredBallot::accountId).doesNotHaveDuplicates();
      assertThat(stored)
          .allSatisfy(b -> assertThat(b.ballotJson()).contains(b.participant() + " says"));
    }
  }

  private static int submit(
      HttpClient http,
      TeamServer server,
      String sessionId,
      Voter v,
      List<String> frameworks,
      CountDownLatch start) {
    StringBuilder json =
        new StringBuilder("{\"weights\":{\"team-expertise\":60,\"scale-fit\":40},\"ratings\":{");
    for (int f = 0; f < frameworks.size(); f++) {
      json.append(f == 0 ? "" : ",").append('"').append(frameworks.get(f)).append("\":{");
      String[] criteria = {
        "team-expertise",
        "scale-fit",
        "ecosystem-health",
        "operational-fit",
        "structure-fit",
        "feature-fit"
      };
      for (int c = 0; c < criteria.length; c++) {
        json.append(c == 0 ? "" : ",")
            .append('"')
            .append(criteria[c])
            .append("\":")
            .append(1 + (f + c) % 5);
      }
      json.append('}');
    }
    json.append("},\"concerns\":\"").append(v.account().name()).append(" says hi\"}");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(server.base() + "/api/v1/sessions/" + sessionId + "/ballot"))
            .header("Content-Type", "application/json")
            .header("Cookie", "stackfit_session=" + v.cookie())
            .header("X-CSRF-Token", v.csrf())
            .PUT(HttpRequest.BodyPublishers.ofString(json.toString()))
            .build();
    try {
      start.await();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return r.statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
