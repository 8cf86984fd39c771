package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.stackfit.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in real headless Chromium (Debian's /usr/bin/chromium): questionnaire to results to
 * comparison, keyboard use, live AHP feedback, inert user text, no CSP violations. Screenshots go
 * to target/screenshots for review.
 */
@Tag("browser")
class BrowserTests {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;
  @TempDir static Path data;
  private static TestServer server;

  private BrowserContext context;
  private Page page;
  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void launch() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium)");
    Files.createDirectories(SCREENSHOTS);
    server = new TestServer(Databases.openSqlite(data), TestCatalog.full(), 2_000);
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = context.newPage();
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("error")) {
            consoleErrors.add(message.text());
          }
        });
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  private void shot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void walksFromQuestionnaireToResultsToComparison() {
    page.navigate(server.base() + "/");
    shot("01-home");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the questionnaire"))
        .click();
    page.getByLabel("What are you building?").fill("Checkout <script>window.pwned=1</script>");
    page.getByLabel("Developers").fill("6");
    page.selectOption("#f-skill-java", "expert");
    page.selectOption("#f-skill-fw-0", "spring-boot");
    page.getByLabel("Peak requests/s in 3 years").fill("5000");
    page.selectOption("#f-project-data", "relational-complex");
    page.locator("input[name='project.needs'][value='orm']").check();
    page.locator("input[name='project.needs'][value='transactions']").check();
    page.locator("input[name='operations.runtimes'][value='jvm']").check();
    shot("02-questionnaire");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluate")).click();
    page.waitForURL("**/evaluations/*");

    assertThat(page.locator("h1").textContent())
        .isEqualTo("Checkout <script>window.pwned=1</script>");
    assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    assertThat(page.locator("#verdict-title").textContent()).startsWith("Recommendation:");
    assertThat(page.locator("svg.radar polygon[stroke-width]").count()).isBetween(2, 3);
    assertThat(page.locator("svg.bars rect").count()).isPositive();
    shot("03-results");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare the shortlist"))
        .click();
    page.waitForURL("**/compare?*");
    assertThat(page.locator("table.compare thead th").count()).isBetween(3, 4);
    assertThat(page.locator("table.compare tbody th").allTextContents())
        .contains("Request handling", "Structure", "Ecosystem", "Learning curve", "Best for");
    shot("04-compare");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void catalogFiltersAndComparesByCheckbox() {
    page.navigate(server.base() + "/catalog");
    page.selectOption("#flt-language", "go");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
    page.waitForURL("**/catalog?*");
    assertThat(page.locator("table.catalog tbody tr").count()).isEqualTo(4);
    shot("05-catalog-go");
    page.locator("#cmp-gin").check();
    page.locator("#cmp-chi").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare selected"))
        .click();
    page.waitForURL("**/compare?*");
    assertThat(page.locator("table.compare thead").textContent()).contains("Gin", "chi");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gin")).first().click();
    assertThat(page.locator("table.facts").first().textContent()).contains("Gin documentation");
    shot("06-framework");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void keyboardReachesTheSkipLinkAndNavigation() {
    page.navigate(server.base() + "/");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.textContent"))
        .isEqualTo("Skip to content");
    page.keyboard().press("Enter");
    assertThat(page.evaluate("() => location.hash")).isEqualTo("#main");
    page.keyboard().press("Tab");
    Object focused = page.evaluate("() => document.activeElement.textContent.trim()");
    assertThat(focused).isEqualTo("Start the questionnaire");
  }

  @Test
  void invalidAnswersAreShownBesideTheirFields() {
    page.navigate(server.base() + "/questionnaire");
    page.getByLabel("What are you building?").fill("Bad sizes");
    page.getByLabel("Developers").fill("0");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluate")).click();
    page.waitForSelector("#err-team-size");
    assertThat(page.locator("#err-team-size").textContent()).isNotBlank();
    assertThat(page.getByLabel("Developers").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("form-problems");
    shot("07-validation");
  }

  @Test
  void everyFormControlHasALabel() {
    for (String path : List.of("/questionnaire", "/catalog")) {
      page.navigate(server.base() + path);
      Object unlabelled =
          page.evaluate(
              "() => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                  + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label'))"
                  + ".map(c => c.name)");
      assertThat((List<?>) unlabelled).as(path).isEmpty();
    }
  }

  @Test
  void answersAreCheckedAsYouGo() {
    page.navigate(server.base() + "/questionnaire");
    page.getByLabel("p99 latency target (ms)").fill("0");
    page.keyboard().press("Tab");
    page.waitForSelector(".field.invalid .field-errors");
    assertThat(page.getByLabel("p99 latency target (ms)").getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(page.locator("#check-status").textContent()).contains("need attention");
    page.getByLabel("p99 latency target (ms)").fill("250");
    page.keyboard().press("Tab");
    page.waitForFunction(
        "() => document.getElementById('check-status').textContent.includes('fine')");
    assertThat(page.locator(".field-errors").count()).isZero();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void pairwiseSlidersGiveLiveConsistencyFeedback() {
    page.navigate(server.base() + "/questionnaire");
    page.getByLabel("Compare in pairs (AHP)").check();
    page.locator("#pair-0").focus();
    for (int i = 0; i < 4; i++) {
      page.keyboard().press("ArrowLeft");
    }
    page.locator("#pair-14").focus();
    for (int i = 0; i < 6; i++) {
      page.keyboard().press("ArrowRight");
    }
    page.waitForFunction(
        "() => document.getElementById('ahp-feedback').textContent.includes('CR')");
    assertThat(page.locator("#ahp-feedback").textContent()).containsPattern("CR \\d\\.\\d{3}");
    page.locator("#weights")
        .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("08-ahp.png")));
  }

  @Test
  void resultsReadWellOnAPhone() {
    String id =
        ApiContract.json(
                server.post("/api/v1/evaluations", "application/yaml", Profiles.CHECKOUT_YAML))
            .path("id")
            .asText();
    BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
    try {
      Page small = phone.newPage();
      small.navigate(server.base() + "/evaluations/" + id);
      int overflow =
          ((Number)
                  small.evaluate(
                      "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
              .intValue();
      assertThat(overflow).isLessThanOrEqualTo(0);
      small.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve("09-results-phone.png"))
              .setFullPage(true));
      small.navigate(server.base() + "/questionnaire");
      small.screenshot(
          new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("10-questionnaire-phone.png")));
    } finally {
      phone.close();
    }
  }
}
