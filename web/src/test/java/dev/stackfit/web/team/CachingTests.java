package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing behind sign-in may stay in a browser's or a proxy's cache: pages, API answers and
 * downloads all say {@code Cache-Control: no-store}; only the static assets may be kept.
 */
class CachingTests {
  @TempDir Path data;

  @Test
  void signedInPagesApiAnswersAndDownloadsAreNeverStored() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String evaluation = SessionFixture.evaluation(server, "Fran");
      String session = SessionFixture.open(fran, evaluation, "Cache");
      TeamClient ada =
          SessionFixture.join(server, SessionFixture.invite(fran, session, "participant"), "Ada");
      List<String> frameworks = SessionFixture.frameworks(ada, session);
      ada.post(
          "/sessions/" + session + "/ballot",
          SessionFixture.ballot(
              frameworks, frameworks.get(0), 1, Map.of(Criterion.SCALE_FIT, 70), "ok"));
      fran.post("/sessions/" + session + "/reveal", Map.of());
      String decision =
          fran.post(
                  "/sessions/" + session + "/decision",
                  Map.of("chosen", frameworks.get(0), "rationale", "the team knows it"))
              .headers()
              .firstValue("Location")
              .orElseThrow();
      for (String path :
          List.of(
              "/",
              "/sessions",
              "/sessions/" + session,
              "/sessions/" + session + "/rounds/1",
              "/evaluations/" + evaluation,
              "/api/v1/evaluations/" + evaluation,
              "/api/v1/evaluations/" + evaluation + "/report/markdown",
              "/api/v1/sessions/" + session,
              "/api/v1/sessions/" + session + "/ballot",
              "/api/v1/sessions/" + session + "/rounds/1/ballots",
              decision,
              decision + "/adr.md",
              decision + "/radar.csv",
              decision + "/decision.json")) {
        HttpResponse<String> r = ada.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).as(path).contains("no-store");
      }
      assertThat(
              new TeamClient(server.base())
                  .get("/static/app.css")
                  .headers()
                  .firstValue("Cache-Control"))
          .contains("max-age=3600");
    }
  }
}
