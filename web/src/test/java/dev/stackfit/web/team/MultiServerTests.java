package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.core.team.AuditEvent;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.store.Database;
import dev.stackfit.store.Databases;
import dev.stackfit.store.team.JdbiTeamStores;
import dev.stackfit.store.testing.PostgresFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two {@code serve}-like processes on one PostgreSQL database, as behind a load balancer: a sign-in
 * on one is good on the other, the sign-in throttle counts the attempts of both, and ballots and
 * the reveal are one session's whichever server answers, and an API token made on one works on the
 * other until it is revoked on either.
 */
class MultiServerTests {
  static String url;
  static Process first;
  static Process second;
  static String a;
  static String b;
  static Database database;
  static TeamStores stores;

  @BeforeAll
  static void start() throws Exception {
    url = PostgresFixture.freshUrl("multi");
    database = Databases.openPostgres(url);
    stores = JdbiTeamStores.on(database.dataSource());
    first = launch();
    second = launch();
    a = "http://127.0.0.1:" + port(first);
    b = "http://127.0.0.1:" + port(second);
    for (String name : List.of("Fran", "Ada", "Bo")) {
      stores.accounts().add(name, TeamServer.passwordHash(), false, TeamServer.NOW);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (Process p : new Process[] {first, second}) {
      if (p != null) {
        p.destroy();
        p.waitFor();
      }
    }
    database.close();
  }

  private static Process launch() throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            PostgresServerProcess.class.getName(),
            url)
        .redirectErrorStream(true)
        .start();
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

  private static TeamClient signedIn(String server, String name) {
    TeamClient client = new TeamClient(server);
    client.signIn(name, TeamServer.PASSWORD);
    return client;
  }

  @Test
  void parallelGuessesOnBothServersGetFiveTriesInAllNotFiveEach() throws Exception {
    stores.accounts().add("Target", TeamServer.passwordHash(), false, TeamServer.NOW);
    List<Callable<Integer>> guesses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      TeamClient guesser = new TeamClient(i % 2 == 0 ? a : b);
      guesser.get("/login");
      String guess = "wrong guess " + i;
      guesses.add(
          () ->
              guesser
                  .postForm(
                      "/login",
                      Map.of(
                          "name",
                          "Target",
                          "password",
                          guess,
                          "_csrf",
                          guesser.cookie("stackfit_form")))
                  .statusCode());
    }
    List<Integer> answers = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(guesses.size())) {
      for (Future<Integer> f : threads.invokeAll(guesses)) {
        answers.add(f.get());
      }
    }
    long failures =
        stores.audit().newest(1_000).stream()
            .filter(e -> e.action() == AuditAction.LOGIN_FAILED)
            .filter(e -> e.account().equals("Target"))
            .count();
    assertThat(failures).as("passwords checked, across both servers").isLessThanOrEqualTo(5);
    assertThat(answers).containsOnly(401, 429);
    assertThat(answers.stream().filter(s -> s == 401).count()).isEqualTo(failures);
  }

  @Test
  void aTokenMadeOnOneServerWorksOnTheOtherUntilRevokedOnEither() throws Exception {
    TeamClient browserOnA = signedIn(a, "Fran");
    ApiClient franOnA = ApiClient.session(browserOnA, r -> {});
    HttpResponse<String> made =
        franOnA.post("/api/v1/tokens", "{\"name\": \"across\", \"scope\": \"read-write\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    String secret = made.body().replaceAll(".*\"token\":\"(sft_[^\"]+)\".*", "$1");
    String id = made.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    ApiClient onB = ApiClient.token(b, secret, r -> {});
    assertThat(onB.get("/api/v1/sessions").statusCode()).isEqualTo(200);
    HttpResponse<String> opened =
        onB.post(
            "/api/v1/sessions", "{\"evaluation\": \"" + SessionFixture.saved(browserOnA) + "\"}");
    assertThat(opened.statusCode()).as("a write with the token, no CSRF").isEqualTo(201);
    assertThat(franOnA.delete("/api/v1/tokens/" + id).statusCode()).isEqualTo(204);
    assertThat(onB.get("/api/v1/sessions").statusCode())
        .as("revoked on A, refused on B")
        .isEqualTo(401);
  }

  @Test
  void aSessionRunsAcrossBothServers() throws Exception {
    TeamClient franOnA = signedIn(a, "Fran");
    TeamClient franOnB = franOnA.at(b);
    assertThat(franOnB.get("/sessions").statusCode())
        .as("a sign-in on one server is good on the other")
        .isEqualTo(200);
    String evaluation = SessionFixture.saved(franOnA);
    String session = SessionFixture.open(franOnB, evaluation, "Across servers");
    TeamClient ada = signedIn(a, "Ada");
    TeamClient bo = signedIn(b, "Bo");
    ada.post("/invitations/" + SessionFixture.invite(franOnA, session, "participant"), Map.of());
    bo.post("/invitations/" + SessionFixture.invite(franOnB, session, "participant"), Map.of());
    List<String> frameworks = SessionFixture.frameworks(ada, session);
    Map<String, String> adas =
        SessionFixture.ballot(
            frameworks, frameworks.get(0), 2, Map.of(Criterion.SCALE_FIT, 80), "on A");
    Map<String, String> bos =
        SessionFixture.ballot(
            frameworks, frameworks.get(1), 1, Map.of(Criterion.TEAM_EXPERTISE, 80), "on B");
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      Future<HttpResponse<String>> one =
          threads.submit(() -> ada.post("/sessions/" + session + "/ballot", adas));
      Future<HttpResponse<String>> two =
          threads.submit(() -> bo.post("/sessions/" + session + "/ballot", bos));
      assertThat(one.get().statusCode()).isEqualTo(303);
      assertThat(two.get().statusCode()).isEqualTo(303);
    }
    assertThat(franOnB.get("/sessions/" + session).body()).contains("2 of 2 participants");
    assertThat(ada.get("/api/v1/sessions/" + session + "/rounds/1/ballots").statusCode())
        .as("sealed on both servers until revealed")
        .isEqualTo(403);
    List<Integer> reveals = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
      for (Future<HttpResponse<String>> f :
          threads.invokeAll(
              List.<Callable<HttpResponse<String>>>of(
                  () -> franOnA.post("/sessions/" + session + "/reveal", Map.of()),
                  () -> franOnB.post("/sessions/" + session + "/reveal", Map.of())))) {
        reveals.add(f.get().statusCode());
      }
    }
    assertThat(reveals)
        .as("one reveal wins, wherever it lands")
        .containsExactlyInAnyOrder(303, 409);
    for (TeamClient reader : List.of(ada, bo, franOnA, franOnB)) {
      HttpResponse<String> round = reader.get("/sessions/" + session + "/rounds/1");
      assertThat(round.statusCode()).isEqualTo(200);
      assertThat(round.body()).contains("on A", "on B");
    }
    assertThat(stores.audit().newest(1_000))
        .extracting(AuditEvent::action)
        .containsOnlyOnce(AuditAction.ROUND_REVEALED);
  }
}
