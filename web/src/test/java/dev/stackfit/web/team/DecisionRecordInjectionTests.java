package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User text written into a MADR decision record stays text: no links, images, raw HTML, entities or
 * bidirectional overrides reach the Markdown, as the pages escape HTML.
 */
class DecisionRecordInjectionTests {
  @TempDir Path data;

  @Test
  void linksImagesHtmlAndBidiOverridesInUserTextAreEscaped() {
    try (TeamServer server = new TeamServer(data)) {
      server.user("Fran");
      TeamClient fran = server.signedIn("Fran");
      String session =
          SessionFixture.open(fran, SessionFixture.evaluation(server, "Fran"), "Inject");
      TeamClient ada =
          SessionFixture.join(
              server,
              SessionFixture.invite(fran, session, "participant"),
              "Ada [admin](javascript:alert(1))");
      List<String> frameworks = SessionFixture.frameworks(ada, session);
      ada.post(
          "/sessions/" + session + "/ballot",
          SessionFixture.ballot(
              frameworks,
              frameworks.get(0),
              1,
              Map.of(Criterion.SCALE_FIT, 70),
              "![pixel](https://evil.example/p.png?who=me) <img src=x onerror=alert(1)>"));
      fran.post("/sessions/" + session + "/reveal", Map.of());
      String decision =
          fran.post(
                  "/sessions/" + session + "/decision",
                  Map.of(
                      "chosen",
                      frameworks.get(0),
                      "title",
                      "Pick \u202Egnp.exe",
                      "rationale",
                      "[read this](javascript:alert(1)) &#x202E; see <b>docs</b>\n# not a heading"))
              .headers()
              .firstValue("Location")
              .orElseThrow();
      String madr = fran.get(decision + "/adr.md").body();
      // The front matter is YAML (values are strings); the body after it is Markdown.
      String body = madr.substring(madr.indexOf("---", 3));
      assertThat(body)
          .doesNotContainPattern("(?<!\\\\)]\\(javascript")
          .doesNotContainPattern("(?<!\\\\)!(?<!\\\\)\\[")
          .doesNotContainPattern("(?<!\\\\)<(img|b)")
          .doesNotContainPattern("(?<!\\\\)&#");
      assertThat(madr)
          .doesNotContain("\u202E")
          .contains("# Pick \\u202egnp.exe\n")
          .contains(
              "because \\[read this\\](javascript:alert(1)) \\&\\#x202E; see \\<b\\>docs\\</b\\>"
                  + " \\# not a heading.")
          .contains("\\!\\[pixel\\](https://evil.example/p.png?who=me) \\<img src=x")
          .contains("consulted: \"Ada [admin](javascript:alert(1))\"\n");
      assertThat(madr.lines().filter(l -> l.startsWith("# "))).hasSize(1);
    }
  }
}
