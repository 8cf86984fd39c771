package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three people in three browser contexts (separate cookie jars) run a session in headless Chromium:
 * sign-in, invitation links, sign-up, blind ballots, reveal, decision record. Script typed into a
 * name and a comment must stay inert. Screenshots go to target/screenshots.
 */
@Tag("browser")
class SessionBrowserTests {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final String HOSTILE_NAME = "Ada<img src=x onerror=\"window.pwned=1\">";
  static final String HOSTILE_COMMENT = "<script>window.pwned=2</script>fast to learn";

  @TempDir Path data;
  private final List<String> problems = new CopyOnWriteArrayList<>();

  @Test
  void threeBrowsersRunASessionFromInvitationToADecisionRecord() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM);
    Files.createDirectories(SCREENSHOTS);
    try (TeamServer server = new TeamServer(data);
        Playwright playwright = Playwright.create();
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
      server.user("Fran");
      String evaluation = SessionFixture.evaluation(server, "Fran");
      Page fran = page(browser);
      fran.navigate(server.base() + "/login");
      fran.getByLabel("Name").fill("Fran");
      fran.getByLabel("Password").fill(TeamServer.PASSWORD);
      fran.locator("form[action='/login'] button").click();
      fran.waitForURL("**/sessions");
      fran.selectOption("select[name=evaluation]", evaluation);
      fran.getByLabel("Title").fill("Order service framework");
      fran.locator("form[action='/sessions'] button").click();
      fran.waitForURL("**/sessions/*");
      String adaLink = invite(fran, "participant");
      String boLink = invite(fran, "participant");

      Page ada = join(browser, adaLink, HOSTILE_NAME);
      ada.locator("input[name^='c.']").first().fill(HOSTILE_COMMENT);
      ada.locator("input[name='w.team-expertise']").fill("90");
      ada.locator("#submit-ballot").click();
      ada.waitForSelector("#ballot-saved");
      shot(ada, "team-01-ballot");
      Page bo = join(browser, boLink, "Bo");
      bo.locator("select[name$='.scale-fit']").first().selectOption("5");
      bo.locator("input[name=weighting][value=ahp]").check();
      bo.locator("details summary").click();
      bo.locator("input[name='p.team-expertise.scale-fit']").fill("1/3");
      bo.locator("input[name='p.team-expertise.scale-fit']").dispatchEvent("change");
      bo.waitForSelector("[data-ahp-cr]:has-text('Consistency ratio')");
      bo.locator("#submit-ballot").click();
      bo.waitForSelector("#ballot-saved");

      fran.reload();
      assertThat(fran.locator("body").textContent())
          .contains("2 of 2 participants")
          .doesNotContain("fast to learn");
      fran.locator("#reveal").click();
      fran.waitForURL("**/rounds/1");
      assertThat(fran.locator("#ranking tbody tr").count()).isBetween(2, 3);
      assertThat(fran.locator("#comments").textContent()).contains(HOSTILE_COMMENT);
      assertThat(fran.locator("main").textContent()).contains(HOSTILE_NAME);
      shot(fran, "team-02-reveal");

      fran.locator("a", new Page.LocatorOptions().setHasText("Back to the session")).click();
      fran.getByLabel("Rationale").fill("The team already runs the JVM");
      fran.locator("#decide").click();
      fran.waitForURL("**/decisions/*");
      if (fran.locator("#adr").count() == 0) {
        shot(fran, "team-failure-decision");
        throw new AssertionError(
            "no decision record on " + fran.url() + ": " + fran.locator("main").textContent());
      }
      // The MADR writer escapes markup so the record also renders inert on GitHub.
      assertThat(fran.locator("#adr").textContent())
          .contains("status: accepted", "consulted: \"Ada&lt;img src=x", ", Bo");
      shot(fran, "team-03-decision");
      ada.navigate(fran.url());
      assertThat(ada.locator("#status").textContent()).isEqualTo("accepted");
      for (Page p : List.of(fran, ada, bo)) {
        assertThat(p.evaluate("() => window.pwned === undefined")).isEqualTo(true);
      }
      assertThat(problems).isEmpty();
    }
  }

  private Page page(Browser browser) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    page.onDialog(
        d -> {
          problems.add("dialog: " + d.message());
          d.dismiss();
        });
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            problems.add("console: " + m.text());
          }
        });
    return page;
  }

  private static String invite(Page fran, String role) {
    fran.selectOption("select[name=role]", role);
    fran.locator("#invite").click();
    fran.waitForSelector("#invitation-link");
    return fran.locator("#invitation-link").inputValue();
  }

  private Page join(Browser browser, String link, String name) {
    Page page = page(browser);
    page.navigate(link);
    page.getByLabel("Your name").fill(name);
    page.getByLabel("Password (at least 10 characters)").fill(TeamServer.PASSWORD);
    page.locator("#join").click();
    page.waitForURL("**/sessions/*");
    return page;
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
