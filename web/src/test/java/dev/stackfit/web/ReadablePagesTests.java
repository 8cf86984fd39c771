package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.store.Databases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people read: names rather than ids (criteria, advisories, option values, frameworks, form
 * fields), framework pages without maintainers' research notes or literal backticks, and error
 * pages that say what to do and link back.
 */
class ReadablePagesTests {
  @TempDir Path temp;

  @Test
  void theQuestionnaireOffersWordsAndNamesFieldsInItsSummary() {
    try (TestServer server = new TestServer(Databases.openSqlite(temp), TestCatalog.full(), 0)) {
      String page = server.get("/questionnaire").body();
      assertThat(page)
          .contains("<option value=\"relational-simple\"")
          .contains(">Simple relational</option>")
          .contains("value=\"beam\"> BEAM (Erlang VM)</label>")
          .contains("<label for=\"f-skill-csharp\">C#</label>")
          .contains("<label for=\"w-team-expertise\">Team expertise</label>")
          .doesNotContain(">relational-simple<", "> beam</label>", ">csharp<");
      Map<String, String> form = PageTests.answers();
      form.put("team.size", "0");
      form.put("action", "evaluate");
      String invalid = new PageTests.Poster(server).post(form).body();
      assertThat(invalid)
          .contains("<a href=\"#f-team-size\">Developers</a>: ")
          .doesNotContain(">team.size</a>");
    }
  }

  @Test
  void resultsAndTheCatalogShowWordsAndTheCatalogIsSortedByName() {
    try (TestServer server = new TestServer(Databases.openSqlite(temp), TestCatalog.full(), 500)) {
      String id =
          ApiContract.json(
                  server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML))
              .path("id")
              .asText();
      String results = server.get("/evaluations/" + id).body();
      assertThat(results)
          .contains("<th scope=\"row\">Team expertise</th>")
          .doesNotContain("<th scope=\"row\">team-expertise</th>")
          .doesNotContain("<strong>poc-next</strong>");
      String catalog = server.get("/catalog").body();
      List<String> names = new ArrayList<>();
      Matcher m =
          Pattern.compile("<td><a href=\"/catalog/[^\"]+\">([^<]+)</a></td>").matcher(catalog);
      while (m.find()) {
        names.add(m.group(1));
      }
      assertThat(names).hasSizeGreaterThan(5);
      assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
      assertThat(catalog)
          .contains("<td>Thread per request</td>")
          .doesNotContain("<td>thread-per-request</td>");
    }
  }

  @Test
  void reportsNameFrameworksInTheirSensitivityTables() {
    try (TestServer server = new TestServer(Databases.openSqlite(temp), TestCatalog.full(), 500)) {
      String id =
          ApiContract.json(
                  server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML))
              .path("id")
              .asText();
      String markdown = server.get("/api/v1/evaluations/" + id + "/report/markdown").body();
      String table =
          markdown.substring(markdown.indexOf("| framework | rank 1 | rank 2 | rank 3 |"));
      List<String> rows =
          table
              .lines()
              .skip(2)
              .takeWhile(l -> l.startsWith("| "))
              .map(l -> l.substring(2, l.indexOf(" |")))
              .toList();
      assertThat(rows).isNotEmpty().contains("Spring Boot").doesNotContain("spring-boot");
      String html = server.get("/api/v1/evaluations/" + id + "/report/html").body();
      assertThat(html)
          .contains("<tr><td>Spring Boot</td>")
          .doesNotContain("<tr><td>spring-boot</td>");
    }
  }

  @Test
  void frameworkPagesShowFactsForReadersAndSayWhatIsNotRecorded() {
    try (TestServer server =
        new TestServer(Databases.openSqlite(temp), new CatalogLoader().loadBundled(), 0)) {
      for (Framework f : new CatalogLoader().loadBundled().frameworks()) {
        String page = server.get("/catalog/" + f.id()).body();
        String text = page.replaceAll("<[^>]+>", "");
        assertThat(text)
            .as(f.id())
            .doesNotContain("`", "stored copy", "stored README", "was also read", "README:");
      }
      String django = server.get("/catalog/django").body();
      assertThat(django)
          .contains("OpenAPI 3 schema generation for DRF, with Swagger UI and Redoc views")
          .contains("GraphQL types, queries and mutations from Django models")
          .contains(FrameworkView.NOT_RECORDED);
    }
    // The shipped catalog's notes no longer quote code; a note that does reads as code, not
    // backticks.
    assertThat(ReaderText.pieces("set `spring.threads.virtual.enabled` on Java 21"))
        .containsExactly(
            new ReaderText.Piece("set ", false),
            new ReaderText.Piece("spring.threads.virtual.enabled", true),
            new ReaderText.Piece(" on Java 21", false));
  }

  @Test
  void errorPagesSayWhatToDoAndLinkBack() {
    try (TestServer server = new TestServer(Databases.openSqlite(temp), TestCatalog.full(), 0)) {
      HttpResponse<String> missing = server.get("/catalog/nope");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body())
          .contains("What to do:")
          .contains(
              "<a class=\"button\" href=\"/catalog\" id=\"error-back\">Back to the catalog</a>");
      HttpResponse<String> evaluation =
          server.send(
              server
                  .request("/evaluations/unknown")
                  .header("Referer", server.base() + "/evaluations?page=2")
                  .GET()
                  .build());
      assertThat(evaluation.body())
          .contains(
              "href=\"/evaluations?page=2\" id=\"error-back\">Back to the saved evaluations</a>");
      HttpResponse<String> elsewhere =
          server.send(
              server
                  .request("/evaluations/unknown")
                  .header("Referer", "https://evil.example/x")
                  .GET()
                  .build());
      assertThat(elsewhere.body()).contains("href=\"/evaluations\" id=\"error-back\"");
    }
  }
}
