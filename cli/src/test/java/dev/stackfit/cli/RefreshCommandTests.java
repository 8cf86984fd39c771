package dev.stackfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshCommandTests {
  @TempDir Path catalog;

  private Path catalogWithDjango() throws IOException {
    Files.createDirectories(catalog.resolve("frameworks"));
    Files.copy(
        Path.of(CliRun.CATALOG, "frameworks/django.yaml"),
        catalog.resolve("frameworks/django.yaml"));
    return catalog;
  }

  private static String closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }
  }

  @Test
  void withoutNetworkADryRunSaysSoInOneLinePerSourceAndExitsOne() throws IOException {
    String nowhere = closedPort();
    CliRun run =
        CliRun.run(
            "catalog",
            "refresh",
            "--dry-run",
            "--catalog",
            catalogWithDjango().toString(),
            "--cache",
            catalog.resolve("cache.json").toString(),
            "--endoflife-url",
            nowhere,
            "--github-url",
            nowhere,
            "--depsdev-url",
            nowhere,
            "--timeout",
            "2");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("stackfit: cannot reach endoflife.date: ")
        .contains("stackfit: cannot reach GitHub: ")
        .contains("stackfit: cannot reach deps.dev: ")
        .contains("stackfit: refresh failed; nothing changed")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(catalog.resolve("imported")).doesNotExist();
  }

  @Test
  void anUnknownSourceIsBadInput() throws IOException {
    CliRun run =
        CliRun.run(
            "catalog", "refresh", "--catalog", catalogWithDjango().toString(), "--source", "npm");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--source npm is not one of endoflife, github, depsdev");
  }

  @Test
  void aSourceUrlThatIsNoHttpUrlIsBadInput() throws IOException {
    CliRun relative =
        CliRun.run(
            "catalog",
            "refresh",
            "--dry-run",
            "--endoflife-url",
            "not-a-url",
            "--catalog",
            catalogWithDjango().toString());
    assertThat(relative.exitCode()).isEqualTo(2);
    assertThat(relative.err()).contains("--endoflife-url must be an http:// or https:// URL");
    CliRun broken = CliRun.run("catalog", "refresh", "--github-url", "http://[::1");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("is not a URL").doesNotContain("java.net");
  }

  @Test
  void compareShowsSupportHorizonsAsATimeline() {
    CliRun run = CliRun.run("catalog", "compare", "django", "flask", "--catalog", CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Support horizon (= bug and security fixes, - security fixes only")
        .containsPattern("Django 5\\.2 LTS +=+-+")
        .containsPattern("Flask 3 +\\?+");
  }

  @Test
  void theHtmlReportDrawsTheShortlistsSupportHorizonsAsSvg() {
    CliRun run =
        CliRun.run(
            "recommend",
            CliRun.EXAMPLES + "/enterprise-transactions.yaml",
            "--format",
            "html",
            "--catalog",
            CliRun.CATALOG);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("<h3>Support horizon</h3>")
        .containsPattern("<svg class=\"timeline\"[^>]*>.*<rect [^>]*fill=\"#1f6feb\"");
  }

  @Test
  void aClonePathWithoutTheEndOfLifeRepoSourceIsBadInput() throws IOException {
    CliRun run =
        CliRun.run(
            "catalog", "refresh", "--catalog", catalogWithDjango().toString(), "/tmp/somewhere");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("stackfit: PATH /tmp/somewhere is only read with --source endoflife-repo");
  }

  @Test
  void theGitSourceWithoutARepositoryIsBadInput() throws IOException {
    CliRun run =
        CliRun.run(
            "catalog",
            "refresh",
            "--catalog",
            catalogWithDjango().toString(),
            "--source",
            "git",
            "--framework",
            "django");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("stackfit: --source git needs --repo PATH|URL");
  }

  @Test
  void anEndOfLifeClonePathThatIsNoRepositoryIsBadInput() throws IOException {
    Path empty = Files.createDirectories(catalog.resolve("empty"));
    CliRun run =
        CliRun.run(
            "catalog",
            "refresh",
            "--catalog",
            catalogWithDjango().toString(),
            "--source",
            "endoflife-repo",
            empty.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not a git repository").doesNotContain("\tat ");
  }
}
