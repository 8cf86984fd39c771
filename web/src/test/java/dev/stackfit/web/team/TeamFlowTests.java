package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.team.BallotStore;
import dev.stackfit.core.team.SessionState;
import dev.stackfit.core.team.StoredBallot;
import dev.stackfit.core.team.TeamStores;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team flow without duplicates or dead ends: a decision is recorded once however often it is
 * sent, every creating form redirects, the session page says what the session is about and who
 * votes, and a ballot racing the reveal is refused rather than slipped in.
 */
class TeamFlowTests {
  @TempDir Path data;

  /** A session with one participant, Ada, whose ballot is revealed; returns its id. */
  private static String revealed(TeamServer server, TeamClient fran) {
    String sessionId =
        SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Orders");
    TeamClient ada =
        SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
    List<String> fw = SessionFixture.frameworks(ada, sessionId);
    assertThat(
            ada.post(
                    "/sessions/" + sessionId + "/ballot",
                    SessionFixture.ballot(fw, fw.get(0), 1, Map.of(), "fine"))
                .statusCode())
        .isEqualTo(303);
    assertThat(fran.post("/sessions/" + sessionId + "/reveal", Map.of()).statusCode())
        .isEqualTo(303);
    return sessionId;
  }

  private static Map<String, String> choice(String chosen, String rationale) {
    return Map.of("chosen", chosen, "rationale", rationale, "status", "accepted");
  }

  @Test
  void recordingADecisionTwiceKeepsOneAndAnswersBothWithIt() throws Exception {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId = revealed(server, fran);
      String chosen = SessionFixture.frameworks(fran, sessionId).get(1);
      String path = "/sessions/" + sessionId + "/decision";
      // A double click: two identical requests at once.
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(() -> fran.post(path, choice(chosen, "We measured it.")));
      CompletableFuture<HttpResponse<String>> second =
          CompletableFuture.supplyAsync(() -> fran.post(path, choice(chosen, "We measured it.")));
      HttpResponse<String> a = first.get();
      HttpResponse<String> b = second.get();
      // And a refresh that sends the form again.
      HttpResponse<String> again = fran.post(path, choice(chosen, "We measured it."));
      for (HttpResponse<String> r : List.of(a, b, again)) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
      }
      String location = a.headers().firstValue("Location").orElseThrow();
      assertThat(b.headers().firstValue("Location")).contains(location);
      assertThat(again.headers().firstValue("Location")).contains(location);
      assertThat(server.stores.decisions().ofSession(sessionId)).hasSize(1);
      assertThat(fran.get("/sessions").body().split("href=\"/decisions/", -1)).hasSize(2);

      HttpResponse<String> other = fran.post(path, choice(chosen, "A second thought"));
      assertThat(other.statusCode()).isEqualTo(409);
      assertThat(other.body())
          .contains("already recorded", "supersedes")
          .contains("href=\"/sessions/" + sessionId + "\"");
      assertThat(fran.get("/sessions/" + sessionId).body())
          .contains("Record a new decision", "name=\"supersedes\"");
    }
  }

  @Test
  void aDecisionNeedsARationale() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId = revealed(server, fran);
      String chosen = SessionFixture.frameworks(fran, sessionId).get(0);
      HttpResponse<String> r =
          fran.post("/sessions/" + sessionId + "/decision", choice(chosen, " "));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("a rationale is required").contains("What to do:");
      assertThat(server.stores.decisions().ofSession(sessionId)).isEmpty();
      assertThat(fran.get("/sessions/" + sessionId).body())
          .contains("<textarea name=\"rationale\" rows=\"3\" maxlength=\"2000\" required>");
    }
  }

  @Test
  void anInvitationRedirectsShowsItsLinkOnceAndStaysListedUntilUsed() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Orders");
      String token = SessionFixture.invite(fran, sessionId, "observer");
      String page = fran.get("/sessions/" + sessionId).body();
      assertThat(page).as("shown once").doesNotContain(token);
      assertThat(page).contains("Invitations not used yet", "observer", "expires 2026-11-27 09:30");
      SessionFixture.join(server, token, "Oli");
      assertThat(fran.get("/sessions/" + sessionId).body())
          .doesNotContain("Invitations not used yet");
    }
  }

  @Test
  void theSessionPageShowsItsOptionsItsEvaluationAndWhoVotes() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String evaluation = SessionFixture.evaluation(server, "Fran");
      String sessionId = SessionFixture.open(fran, evaluation, "Orders");
      String page = fran.get("/sessions/" + sessionId).body();
      assertThat(page)
          .contains("href=\"/evaluations/" + evaluation + "\" id=\"evaluation-link\">Order service")
          .contains("<a href=\"/catalog/micronaut\">Micronaut</a>")
          .contains("No participants yet, so nobody can vote.")
          .contains("Facilitators run the session and do not vote")
          .doesNotContain("0 of 0");
      assertThat(fran.get("/evaluations/" + evaluation).body())
          .contains("Start a decision session", "action=\"/sessions\"");
    }
  }

  @Test
  void theRevealLeadsTheFacilitatorToTheDecisionOrTheNextRound() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId = revealed(server, fran);
      String reveal = fran.get("/sessions/" + sessionId + "/rounds/1").body();
      assertThat(reveal)
          .contains("href=\"/sessions/" + sessionId + "#record-decision\" id=\"record-decision\"")
          .contains("action=\"/sessions/" + sessionId + "/rounds\"")
          .contains("Team expertise")
          .doesNotContain("<td>team-expertise</td>");
      String chosen = SessionFixture.frameworks(fran, sessionId).get(0);
      String decision = SessionFlowTests.decide(fran, sessionId, chosen, "It fits", Map.of());
      assertThat(fran.get("/decisions/" + decision).body())
          .contains("href=\"/sessions/" + sessionId + "\" id=\"session-link\"")
          .contains("Signed in as <strong id=\"signed-in-as\">Fran</strong>");
    }
  }

  @Test
  void aBallotThatArrivesAsTheRoundIsRevealedIsRefusedNotCounted() {
    TeamStores[] plain = new TeamStores[1];
    try (TeamServer server =
        new TeamServer(data, "127.0.0.1", stores -> revealingFirst(plain, stores))) {
      plain[0] = server.stores;
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String sessionId =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Orders");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, sessionId, "participant"), "Ada");
      List<String> fw = SessionFixture.frameworks(ada, sessionId);
      HttpResponse<String> r =
          ada.post(
              "/sessions/" + sessionId + "/ballot",
              SessionFixture.ballot(fw, fw.get(0), 1, Map.of(Criterion.SCALE_FIT, 70), "late"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
      assertThat(r.body()).contains("your ballot was not saved");
      assertThat(server.stores.ballots().ofRound(sessionId, 1)).isEmpty();
    }
  }

  /**
   * Ballots whose every write is preceded by the facilitator's reveal: the moment between the app's
   * look at the round and the write, made certain.
   */
  private static TeamStores revealingFirst(TeamStores[] plain, TeamStores stores) {
    BallotStore ballots = stores.ballots();
    BallotStore racing =
        new BallotStore() {
          @Override
          public boolean save(
              String sessionId, int round, String accountId, String ballotJson, Instant at) {
            plain[0]
                .sessions()
                .transition(sessionId, SessionState.OPEN, SessionState.REVEALED, round);
            return ballots.save(sessionId, round, accountId, ballotJson, at);
          }

          @Override
          public Optional<StoredBallot> find(String sessionId, int round, String accountId) {
            return ballots.find(sessionId, round, accountId);
          }

          @Override
          public List<StoredBallot> ofRound(String sessionId, int round) {
            return ballots.ofRound(sessionId, round);
          }
        };
    return new TeamStores(
        stores.accounts(),
        stores.logins(),
        stores.audit(),
        stores.sessions(),
        stores.invitations(),
        racing,
        stores.decisions(),
        stores.owners(),
        stores.signIns(),
        stores.tokens());
  }
}
