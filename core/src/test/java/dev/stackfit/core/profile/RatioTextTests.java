package dev.stackfit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatioTextTests {
  @ParameterizedTest
  @CsvSource({
    "3, 3",
    "0.5, 0.5",
    "1/3, 0.3333333333333333",
    "2/3, 0.6666666666666666",
    "' 1 / 4 ', 0.25"
  })
  void readsNumbersAndFractions(String text, double ratio) {
    assertThat(RatioText.parse(text)).hasValue(ratio);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "0", "-3", "0/5", "1/0", "1/", "3 times", "NaN", "Infinity"})
  void refusesWhatIsNoPositiveRatio(String text) {
    assertThat(RatioText.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0.3333333333333333, 1/3", "3, 3", "0.6666666666666666, 0.6666666666666666"})
  void formatsWhatItReadsBack(double ratio, String text) {
    assertThat(RatioText.format(ratio)).isEqualTo(text);
    assertThat(RatioText.parse(text)).hasValue(ratio);
  }
}
