package dev.stackfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.store.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results page's charts in headless Chromium, on a desktop and 390 px wide: every name and
 * criterion label is drawn whole inside its chart (an SVG cuts what lies outside its box, which
 * once left "ngo REST framework"), and the "Attach lab result" form looks like the app's other
 * forms. Screenshots of both charts go to target/screenshots.
 */
@Tag("browser")
class ChartBrowserTests {
  /** A Python team whose ranking has the longest option name, Django with Django REST framework. */
  static final String PYTHON_API_YAML =
      """
      stackfit: 1
      name: Python API
      team:
        size: 4
        skills:
          - { language: python, level: expert }
          - { framework: django, level: expert }
          - { framework: django-rest-framework, level: expert }
      project:
        lifespanYears: 5
        traffic: { peakRps: 100, peakRpsIn3Years: 500, p99LatencyMs: 300 }
        data: relational-complex
        needs: [orm, migrations, auth, admin-ui]
        architecture: monolith
      operations:
        runtimes: [cpython]
      """;

  /** The texts of each chart drawn partly outside their SVG's box, as "chart: text". */
  private static final String CUT_TEXTS =
      """
      () => {
        const cut = [];
        for (const svg of document.querySelectorAll('svg.chart')) {
          const box = svg.getBoundingClientRect();
          for (const t of svg.querySelectorAll('text')) {
            const r = t.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5
                || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
              cut.push(svg.getAttribute('class') + ': ' + t.textContent);
            }
          }
        }
        return cut;
      }
      """;

  @TempDir Path data;

  @Test
  void chartsDrawEveryNameWholeOnADesktopAndAPhone() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(BrowserTests.CHROMIUM),
        "skipped: no Chromium at " + BrowserTests.CHROMIUM);
    Files.createDirectories(BrowserTests.SCREENSHOTS);
    try (TestServer server =
            new TestServer(Databases.openSqlite(data), new CatalogLoader().loadBundled(), 500);
        Playwright playwright = Playwright.create();
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(BrowserTests.CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
      String id =
          ApiContract.json(server.post("/api/v1/evaluations", "application/yaml", PYTHON_API_YAML))
              .path("id")
              .asText();
      for (Map.Entry<String, int[]> screen :
          Map.of("desktop", new int[] {1280, 900}, "phone", new int[] {390, 844}).entrySet()) {
        BrowserContext context =
            browser.newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(screen.getValue()[0], screen.getValue()[1])
                    .setIsMobile(screen.getValue()[0] < 500));
        try {
          Page page = context.newPage();
          page.navigate(server.base() + "/evaluations/" + id);
          Locator bars = page.locator("svg.bars text");
          assertThat(bars.allTextContents())
              .as(screen.getKey())
              .contains("Django with Django REST framework");
          assertThat(page.locator("svg.radar text").allTextContents())
              .as(screen.getKey())
              .contains("Team expertise", "Ecosystem health");
          assertThat(page.evaluate(CUT_TEXTS))
              .as("texts cut by their chart on the " + screen.getKey())
              .isEqualTo(List.of());

          Locator attach = page.locator("#attach-lab");
          assertThat(attach.evaluate("b => getComputedStyle(b).borderTopLeftRadius"))
              .as("Attach lab result is a button like the others")
              .isEqualTo(
                  page.locator("a.button")
                      .first()
                      .evaluate("b => getComputedStyle(b).borderTopLeftRadius"));
          assertThat(attach.evaluate("b => getComputedStyle(b).borderTopLeftRadius"))
              .isNotEqualTo("0px");

          page.locator("#radar-h")
              .locator("xpath=..")
              .screenshot(
                  new Locator.ScreenshotOptions()
                      .setPath(
                          BrowserTests.SCREENSHOTS.resolve(
                              "11-radar-" + screen.getKey() + ".png")));
          page.locator("#sens-h")
              .locator("xpath=..")
              .screenshot(
                  new Locator.ScreenshotOptions()
                      .setPath(
                          BrowserTests.SCREENSHOTS.resolve(
                              "12-robustness-" + screen.getKey() + ".png")));
        } finally {
          context.close();
        }
      }
    }
  }
}
