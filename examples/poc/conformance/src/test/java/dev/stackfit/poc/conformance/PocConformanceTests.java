package dev.stackfit.poc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackfit.poc.conformance.Transcript.Exchange;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Starts each proof of concept under examples/poc with its own run.sh and fresh database, sends the
 * fixed request set in order, and requires the reference answer to every request: equal to the
 * reference means equal to each other. A stack whose runtime is missing is skipped with a message,
 * unless POC_CONFORMANCE_REQUIRE_ALL=true (as in CI), where that is a failure.
 */
@Tag("slow")
class PocConformanceTests {

  private static final String TRANSCRIPT = "transcript.json";
  private static final Path POC_DIR =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
          .toAbsolutePath()
          .getParent();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Stack.class)
  void answersEveryRequestOfTheSetExactlyAsTheReference(Stack stack, @TempDir Path workDir)
      throws Exception {
    requireRuntime(stack);
    List<Exchange> reference = Transcript.load(TRANSCRIPT);
    List<JsonNode> answers = new ArrayList<>();
    PocProcess poc = PocProcess.start(POC_DIR, stack, workDir);
    try (poc) {
      // The first start may install dependencies or build the Spring Boot jar.
      poc.awaitHealthy(client, Duration.ofMinutes(6));
      for (Exchange exchange : reference) {
        answers.add(Transcript.send(client, poc.base(), exchange.request()));
      }
    }
    assertThat(poc.survivors()).as("%s processes still running after stop", stack).isEmpty();
    record(stack, reference, answers);
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < reference.size(); i++) {
      JsonNode request = reference.get(i).request();
      softly
          .assertThat(answers.get(i))
          .as(
              "%s: #%d %s %s",
              stack.folder(), i + 1, request.get("method").asText(), request.get("path").asText())
          .isEqualTo(reference.get(i).response());
    }
    softly.assertAll();
  }

  @Test
  void referenceFortunesAreAllRowsPlusOneSortedByMessageAndEscaped() throws Exception {
    JsonNode fortunes =
        Transcript.load(TRANSCRIPT).stream()
            .filter(e -> e.request().get("path").asText().equals("/fortunes"))
            .findFirst()
            .orElseThrow()
            .response();
    assertThat(fortunes.get("mediaType").asText()).isEqualTo("text/html; charset=utf-8");
    ArrayNode rows = (ArrayNode) fortunes.get("fortunes");
    List<String> messages = new ArrayList<>();
    rows.forEach(row -> messages.add(row.get(1).asText()));
    assertThat(rows).hasSize(13);
    assertThat(messages).isSorted().contains("フレームワークのベンチマーク");
    assertThat(messages).contains("Additional fortune added at request time.");
    assertThat(messages.getFirst()).startsWith("<script>alert(");
  }

  @Test
  void fortuneRowsDecodeEntitiesAndFlagRawMarkup() {
    ArrayNode rows =
        Transcript.fortuneRows(
            "<tr><td>11</td><td>&lt;b&gt; &#x27;x&#39; &quot;y&#34; &amp;</td></tr><script>");
    assertThat(rows.get(0).get(1).asText()).isEqualTo("<b> 'x' \"y\" &");
    assertThat(rows.get(1).get(0).asText()).isEqualTo("unescaped markup");
  }

  @Test
  void mediaTypesKeepOnlyATextCharset() {
    assertThat(Transcript.mediaType("text/html;charset=UTF-8"))
        .isEqualTo("text/html; charset=utf-8");
    assertThat(Transcript.mediaType("application/json; charset=utf-8"))
        .isEqualTo("application/json");
  }

  private static void requireRuntime(Stack stack) {
    Optional<String> missing = stack.missingRuntime();
    if (missing.isPresent() && "true".equals(System.getenv("POC_CONFORMANCE_REQUIRE_ALL"))) {
      throw new AssertionError(missing.get() + " (POC_CONFORMANCE_REQUIRE_ALL=true)");
    }
    Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
  }

  /** With -Dpoc.conformance.record=DIR, writes each stack's answers there for review. */
  private static void record(Stack stack, List<Exchange> reference, List<JsonNode> answers)
      throws Exception {
    String dir = System.getProperty("poc.conformance.record");
    if (dir == null || dir.isBlank()) {
      return;
    }
    var out = Transcript.JSON.createArrayNode();
    for (int i = 0; i < answers.size(); i++) {
      ObjectNode exchange = out.addObject();
      exchange.set("request", reference.get(i).request());
      exchange.set("response", answers.get(i));
    }
    Files.createDirectories(Path.of(dir));
    Transcript.JSON
        .writerWithDefaultPrettyPrinter()
        .writeValue(Path.of(dir, stack.folder() + ".json").toFile(), out);
  }
}
