package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk a new team takes, in headless Chromium with three people in three browser contexts
 * (separate cookie jars): the app without accounts (the demo), whose Sessions page says how to
 * create the first account; sign-in; a results page that starts a session; invitations and sign-up;
 * blind ballots; the reveal, which leads to the decision; a decision recorded once however often
 * the button is pressed; its record as a page; the reassessment. Script typed into a name and a
 * comment must stay inert. Every page is also looked at 390 px wide, and screenshots of both go to
 * target/screenshots.
 */
@Tag("browser")
class SessionBrowserTests {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final String HOSTILE_NAME = "Ada<img src=x onerror=\"window.pwned=1\">";
  static final String HOSTILE_COMMENT = "<script>window.pwned=2</script>fast to learn";

  @TempDir Path data;
  private final List<String> problems = new CopyOnWriteArrayList<>();

  /** Addresses that answered 401: only the pages that say an account is needed may. */
  private final Set<String> unauthorized = ConcurrentHashMap.newKeySet();

  @Test
  void aTeamWalksFromTheDemoToARecordedAndReassessedDecision() throws Exception {
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
      String evaluation = SessionFixture.evaluation(server);
      Page fran = page(browser, 1280, 900);

      // The demo: no accounts. Sessions explains what they need and how to get there.
      fran.navigate(server.base() + "/evaluations/" + evaluation);
      fran.locator("#start-session").click();
      fran.waitForURL("**/sessions?evaluation=*");
      assertThat(fran.locator("h1").textContent()).isEqualTo("Decision sessions need accounts");
      assertThat(fran.locator("#admin-command").textContent())
          .isEqualTo("stackfit user add --admin NAME");
      shots(browser, fran, "team-00-accounts-needed");

      // The first account, as the command creates it; the running app notices within a second.
      server.user("Fran");
      SessionFixture.own(server, evaluation, "Fran");
      Thread.sleep(1_100);
      fran.reload();
      assertThat(fran.locator("h1").textContent()).isEqualTo("Sign in");
      shots(browser, fran, "team-01-sign-in");
      // The sign-in form is styled like the app's other forms, not the browser's defaults.
      assertThat(fran.locator("form[action='/login']").evaluate("f => getComputedStyle(f).display"))
          .isEqualTo("grid");
      assertThat(
              fran.locator("form[action='/login'] button")
                  .evaluate("b => getComputedStyle(b).borderTopLeftRadius"))
          .isEqualTo("8px");
      assertThat(
              fran.getByLabel("Password").evaluate("i => getComputedStyle(i).borderTopLeftRadius"))
          .isEqualTo("6px");
      fran.getByLabel("Name").fill("Fran");
      fran.getByLabel("Password").fill(TeamServer.PASSWORD);
      fran.locator("form[action='/login'] button").click();
      fran.waitForURL("**/sessions?evaluation=*");
      assertThat(fran.locator("#signed-in-as").textContent()).isEqualTo("Fran");
      assertThat(fran.locator("#open-session select[name=evaluation]").inputValue())
          .isEqualTo(evaluation);
      shots(browser, fran, "team-02-sessions");

      // From the results page, as a signed-in facilitator.
      fran.navigate(server.base() + "/evaluations/" + evaluation);
      shots(browser, fran, "team-03-results");
      fran.getByLabel("Session title").fill("Order service framework");
      fran.locator("#start-session button").click();
      fran.waitForURL("**/sessions/*");
      assertThat(fran.locator("#options li").count()).isBetween(2, 3);
      assertThat(fran.locator("#evaluation-link").getAttribute("href"))
          .isEqualTo("/evaluations/" + evaluation);
      assertThat(fran.locator("#ballot-count").textContent())
          .contains("No participants yet", "Facilitators run the session and do not vote");
      String adaLink = invite(fran, "participant");
      String boLink = invite(fran, "participant");
      assertThat(fran.locator("#pending-invitations li").count()).isEqualTo(2);
      shots(browser, fran, "team-04-session-facilitator");

      Page ada = join(browser, adaLink, HOSTILE_NAME);
      ada.locator("input[name^='c.']").first().fill(HOSTILE_COMMENT);
      ada.locator("input[name='w.team-expertise']").fill("90");
      ada.locator("#submit-ballot").click();
      ada.waitForSelector("#ballot-saved");
      shots(browser, ada, "team-05-ballot");
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
      assertThat(fran.locator("#ballot-count").textContent()).contains("2 of 2 participants");
      assertThat(fran.locator("body").textContent()).doesNotContain("fast to learn");
      assertThat(fran.locator("#pending-invitations").count()).isZero();
      fran.locator("#reveal").click();
      fran.waitForURL("**/rounds/1");
      assertThat(fran.locator("#ranking tbody tr").count()).isBetween(2, 3);
      assertThat(fran.locator("#comments").textContent()).contains(HOSTILE_COMMENT);
      assertThat(fran.locator("main").textContent()).contains(HOSTILE_NAME);
      assertThat(fran.locator("#next-round").isVisible()).isTrue();
      shots(browser, fran, "team-06-reveal");

      // The reveal leads to the decision; the rationale is required before anything is sent.
      fran.locator("#record-decision").click();
      fran.waitForURL("**/sessions/*#record-decision");
      fran.locator("#decide").click();
      assertThat(fran.url()).contains("#record-decision");
      assertThat(
              fran.getByLabel("Rationale (required: why the team chose it)")
                  .evaluate("e => e.validity.valueMissing"))
          .isEqualTo(true);
      fran.getByLabel("Rationale (required: why the team chose it)")
          .fill("The team already runs the JVM.");
      fran.locator("#decide").dblclick();
      fran.waitForURL("**/decisions/*");
      String decision = fran.url();
      if (fran.locator("#adr").count() == 0) {
        shot(fran, "team-failure-decision");
        throw new AssertionError(
            "no decision record on " + fran.url() + ": " + fran.locator("main").textContent());
      }
      assertThat(fran.locator("#adr h2").first().textContent()).isNotBlank();
      assertThat(fran.locator("#adr dl.front-matter").textContent())
          .contains("status", "accepted", HOSTILE_NAME);
      assertThat(fran.locator("#adr").textContent())
          .contains("because The team already runs the JVM.")
          .doesNotContain("JVM..", "&lt;", "**");
      assertThat(fran.locator("#adr dl.front-matter").textContent()).doesNotContain("[]");
      assertThat(fran.locator("pre").count()).as("no raw Markdown on the page").isZero();
      String download = fran.locator("#download-adr").getAttribute("href");
      assertThat(download).endsWith("/adr.md");
      assertThat(fran.request().get(server.base() + download).text())
          .startsWith("---\nstatus: accepted")
          .contains("consulted: \"Ada&lt;img src=x");
      assertThat(fran.locator("#session-link").getAttribute("href")).startsWith("/sessions/");
      shots(browser, fran, "team-07-decision");
      assertThat(server.stores.decisions().all()).as("a double click records once").hasSize(1);

      ada.navigate(decision);
      assertThat(ada.locator("#status").textContent()).isEqualTo("accepted");
      fran.locator("#reassess").click();
      fran.waitForURL("**/reassess");
      assertThat(fran.locator("#summary").textContent())
          .startsWith("Nothing drifted since the decision");
      shots(browser, fran, "team-08-reassess");

      // Forms work without script: the questionnaire on this team server, script switched off.
      BrowserContext plain =
          browser.newContext(
              new Browser.NewContextOptions()
                  .setJavaScriptEnabled(false)
                  .setViewportSize(1280, 900)
                  .setStorageState(fran.context().storageState()));
      Page noScript = plain.newPage();
      noScript.navigate(server.base() + "/questionnaire");
      noScript.getByLabel("What are you building?").fill("Without script");
      noScript.locator("button[value=evaluate]").click();
      noScript.waitForURL("**/evaluations/*");
      assertThat(noScript.locator("h1").textContent()).isEqualTo("Without script");
      plain.close();

      for (Page p : List.of(fran, ada, bo)) {
        assertThat(p.evaluate("() => window.pwned === undefined")).isEqualTo(true);
      }
      assertThat(problems).isEmpty();
      assertThat(unauthorized)
          .as("only the Sessions page before signing in answers 401")
          .containsExactly("/sessions?evaluation=" + evaluation);
    }
  }

  private Page page(Browser browser, int width, int height) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    Page page = context.newPage();
    page.onDialog(
        d -> {
          problems.add("dialog: " + d.message());
          d.dismiss();
        });
    page.onResponse(
        r -> {
          if (r.status() == 401) {
            URI uri = URI.create(r.url());
            unauthorized.add(
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
          }
        });
    page.onConsoleMessage(
        m -> {
          // A 401 answer is logged as a failed load; onResponse checks which pages answered 401.
          if (m.type().equals("error") && !m.text().contains("status of 401")) {
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
    Page page = page(browser, 1280, 900);
    page.navigate(link);
    page.getByLabel("Your name").fill(name);
    page.getByLabel("Password (at least 10 characters)").fill(TeamServer.PASSWORD);
    page.locator("#join").click();
    page.waitForURL("**/sessions/*");
    return page;
  }

  /**
   * Screenshots of the page at 1280 px and, with the same cookies, at 390 px, where nothing may be
   * wider than the screen.
   */
  private void shots(Browser browser, Page page, String name) {
    shot(page, name);
    BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setStorageState(page.context().storageState()));
    try {
      Page small = phone.newPage();
      small.navigate(page.url());
      int overflow =
          ((Number)
                  small.evaluate(
                      "() => document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth"))
              .intValue();
      assertThat(overflow)
          .as(name + " at 390 px is no wider than the screen")
          .isLessThanOrEqualTo(0);
      shot(small, name + "-390");
    } finally {
      phone.close();
    }
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
