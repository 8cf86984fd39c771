package dev.stackfit.lab.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTests {
  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "10s, PT10S",
    "' 10 s ', PT10S",
    "1.5m, PT1M30S",
    "2m, PT2M",
    "1h, PT1H",
    "10, PT10S",
    "0.25, PT0.25S"
  })
  void readsEveryUnitTheCommandLineAndLabFilesUse(String text, Duration expected) {
    assertThat(DurationText.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten seconds", "0x", "-1s", "1d", "1e99h", "s"})
  void refusesWhatIsNoDuration(String text) {
    assertThat(DurationText.parse(text)).isEmpty();
  }
}
