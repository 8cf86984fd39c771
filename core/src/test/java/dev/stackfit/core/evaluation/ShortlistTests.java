package dev.stackfit.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortlistTests {
  @Test
  void holdsUpToThreeDistinctFrameworksBestFirst() {
    Shortlist shortlist = new Shortlist(List.of("django", "flask"));
    assertThat(shortlist).containsExactly("django", "flask");
    assertThat(shortlist.contains("flask")).isTrue();
    assertThat(shortlist.contains("rails")).isFalse();
    assertThat(String.join(", ", shortlist)).isEqualTo("django, flask");
  }

  @Test
  void refusesMoreThanThreeOrTheSameFrameworkTwice() {
    assertThatThrownBy(() -> new Shortlist(List.of("a", "b", "c", "d")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 3");
    assertThatThrownBy(() -> new Shortlist(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("each framework once");
  }
}
