package dev.stackfit.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.catalog.Health;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthRowsTests {
  @Test
  void presentFiguresAreLabelledAndMissingOnesLeftOut() {
    Health health =
        new Health(
            LocalDate.of(2026, 11, 1), "github", 68123, null, 14.0, 1.25, null, 3, 7.4, true);
    assertThat(HealthRows.of(health))
        .containsExactly(
            Map.entry("Stars", "68,123"),
            Map.entry("Releases in the last year", "14"),
            Map.entry("Median days to first response", "1.25"),
            Map.entry("Fewest contributors making half the commits", "3"),
            Map.entry("OpenSSF Scorecard (0-10)", "7.40"),
            Map.entry("Repository", "archived"));
  }
}
