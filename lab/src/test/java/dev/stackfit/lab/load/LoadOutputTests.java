package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LoadOutputTests {
  private static final URI TARGET = URI.create("http://127.0.0.1:8080/hello");

  private static Histogram micros(long... values) {
    Histogram h = Recorders.histogram();
    for (long v : values) {
      h.recordValue(v);
    }
    return h;
  }

  private static LoadResult result(LoadPlan plan, List<String> warnings) {
    return new LoadResult(
        plan,
        "epoll",
        8,
        100,
        100,
        98,
        97,
        new LoadResult.Errors(1, 1, 0, 1, 0),
        0,
        0,
        3,
        1.0,
        98.0,
        micros(1000, 2000, 500_000),
        micros(900, 1500, 2000),
        micros(50, 60),
        micros(0, 10),
        new LoadResult.GeneratorCpu(0.9, 0.9, 1, 90),
        List.of(),
        warnings);
  }

  @Test
  void jsonCarriesEveryContractField() throws Exception {
    LoadResult r = result(TestPlans.against(TARGET).rate(100).build(), List.of());

    JsonNode json = new ObjectMapper().readTree(LoadResultJson.write(r));

    assertThat(json.get("mode").asText()).isEqualTo("open");
    assertThat(json.get("targetRate").asDouble()).isEqualTo(100.0);
    assertThat(json.get("achievedRate").asDouble()).isEqualTo(98.0);
    assertThat(json.get("requests").asLong()).isEqualTo(100);
    for (String kind : List.of("connect", "read", "timeout", "status")) {
      assertThat(json.get("errors").has(kind)).as(kind).isTrue();
    }
    for (String field : List.of("latencyMs", "serviceTimeMs")) {
      assertThat(json.get(field).fieldNames())
          .toIterable()
          .contains("p50", "p90", "p99", "p999", "max");
    }
    assertThat(json.get("latencyMs").get("max").asDouble()).isEqualTo(500.223);
    assertThat(json.get("errors").get("status").asLong()).isEqualTo(1);
    assertThat(json.get("generatorCpu").get("mayBeBottleneck").asBoolean()).isTrue();
  }

  @Test
  void closedModelJsonHasNoTargetRateAndSaysItIsSubjectToCoordinatedOmission() throws Exception {
    LoadResult r = result(TestPlans.against(TARGET).closed().build(), List.of());

    JsonNode json = new ObjectMapper().readTree(LoadResultJson.write(r));

    assertThat(json.get("targetRate").isNull()).isTrue();
    assertThat(json.get("latencyFrom").asText()).isEqualTo("actual send");
    assertThat(json.get("coordinatedOmission").asText()).startsWith("subject");
  }

  @Test
  void summaryShowsTheSpectrumBesideServiceTimeAndTheWarnings() {
    LoadResult r = result(TestPlans.against(TARGET).rate(100).build(), List.of("careful"));

    String text = LoadSummary.render(r);

    assertThat(text)
        .contains("open model, constant arrivals, 100/s")
        .contains("target", "100.0 req/s")
        .contains("achieved", "98.0 req/s")
        .contains("p99.99")
        .contains("from intended start    2.000   500.223   500.223   500.223   500.223   500.223")
        .contains("service time")
        .contains("Errors         3: connect 1, read 1, timeout 0, status 1, body 0")
        .contains("90% of its 1-core budget (too busy)")
        .contains("  ! careful");
  }
}
