package dev.stackfit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepositoryHistoryTests {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  static ActivityWindow window(String asOf, int commits, String last, String lastDate) {
    return new ActivityWindow(
        LocalDate.parse(asOf),
        COMMIT,
        commits,
        commits == 0 ? 0 : 3,
        0,
        commits == 0 ? null : 2,
        1,
        0,
        last,
        lastDate == null ? null : LocalDate.parse(lastDate));
  }

  private final RepositoryHistory history =
      new RepositoryHistory(
          "imported-git",
          COMMIT,
          LocalDate.of(2026, 8, 22),
          List.of(
              window("2026-08-22", 40, "2.1.0", "2026-07-01"),
              window("2024-12-31", 10, "1.0.0", "2024-03-01"),
              window("2025-12-31", 30, "2.0.0", "2025-11-01")),
          List.of(
              new TaggedRelease("2.1.0", LocalDate.of(2026, 7, 1), false),
              new TaggedRelease("1.0.0", LocalDate.of(2024, 3, 1), false),
              new TaggedRelease("2.0.0-rc.1", LocalDate.of(2025, 10, 1), true),
              new TaggedRelease("2.0.0", LocalDate.of(2025, 11, 1), false)),
          Optional.of(LocalDate.of(2024, 3, 1)),
          "");

  @Test
  void theFiguresOfADayAreTheNewestWindowEndingOnOrBeforeIt() {
    assertThat(history.activityAsOf(LocalDate.of(2026, 12, 3)).orElseThrow().asOf())
        .isEqualTo(LocalDate.of(2026, 8, 22));
    assertThat(history.activityAsOf(LocalDate.of(2026, 8, 21)).orElseThrow().asOf())
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(history.activityAsOf(LocalDate.of(2025, 12, 31)).orElseThrow().commits())
        .isEqualTo(30);
    assertThat(history.activityAsOf(LocalDate.of(2024, 6, 1))).isEmpty();
  }

  @Test
  void releasesOfADayLeaveOutLaterTags() {
    assertThat(history.releasesAsOf(LocalDate.of(2025, 10, 15)))
        .extracting(TaggedRelease::version)
        .containsExactly("1.0.0", "2.0.0-rc.1");
    assertThat(history.latestReleaseAsOf(LocalDate.of(2025, 10, 15)).orElseThrow().version())
        .isEqualTo("1.0.0");
    assertThat(history.latestReleaseAsOf(LocalDate.of(2023, 1, 1))).isEmpty();
  }

  @Test
  void releasesOfEveryDayAreTheTagsDatedOnOrBeforeIt() {
    // The binary search against the plain definition, on every day from before the first tag to
    // after the last, same-day tags included.
    RepositoryHistory sameDays =
        new RepositoryHistory(
            "git-x",
            "c".repeat(40),
            LocalDate.of(2026, 8, 22),
            List.of(),
            List.of(
                new TaggedRelease("1.1.0", LocalDate.of(2025, 3, 1), false),
                new TaggedRelease("1.0.0", LocalDate.of(2025, 3, 1), false),
                new TaggedRelease("1.2.0-beta", LocalDate.of(2025, 3, 4), true),
                new TaggedRelease("1.2.0", LocalDate.of(2025, 3, 6), false),
                new TaggedRelease("1.3.0-rc.1", LocalDate.of(2025, 3, 8), true)),
            Optional.empty(),
            "");
    for (RepositoryHistory h : List.of(history, sameDays)) {
      for (LocalDate day = LocalDate.of(2023, 12, 25);
          !day.isAfter(LocalDate.of(2026, 1, 5));
          day = day.plusDays(1)) {
        LocalDate d = day;
        List<TaggedRelease> expected =
            h.releases().stream().filter(r -> !r.date().isAfter(d)).toList();
        assertThat(h.releasesAsOf(day)).as("releases of %s", day).isEqualTo(expected);
        assertThat(h.latestReleaseAsOf(day))
            .as("latest release of %s", day)
            .isEqualTo(expected.stream().filter(r -> !r.preRelease()).reduce((a, b) -> b));
      }
    }
    assertThat(sameDays.releasesAsOf(LocalDate.of(2025, 3, 1)))
        .extracting(TaggedRelease::version)
        .containsExactly("1.0.0", "1.1.0");
  }

  @Test
  void daysSinceTheLastReleaseCountToTheWindowsEnd() {
    assertThat(window("2026-08-22", 40, "2.1.0", "2026-07-01").daysSinceLastRelease())
        .contains(52L);
    assertThat(window("2026-08-22", 0, null, null).daysSinceLastRelease()).isEmpty();
  }

  @Test
  void aWindowCannotEndAfterTheSnapshot() {
    assertThatThrownBy(
            () ->
                new RepositoryHistory(
                    "imported-git",
                    COMMIT,
                    LocalDate.of(2025, 1, 1),
                    List.of(window("2025-06-30", 1, null, null)),
                    List.of(),
                    Optional.empty(),
                    ""))
        .hasMessageContaining("ends after the snapshot");
  }

  @Test
  void releaseLinesOfADayLeaveOutLaterLinesAndKnowWhatHadEnded() {
    Release old = new Release("1", LocalDate.of(2019, 1, 1), null, LocalDate.of(2022, 1, 1), false);
    Release current = new Release("2", LocalDate.of(2022, 6, 1), null, null, false);
    assertThat(Release.asOf(List.of(old, current), LocalDate.of(2021, 6, 1))).containsExactly(old);
    assertThat(old.supportedOn(LocalDate.of(2021, 6, 1))).isTrue();
    assertThat(old.supportedOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(current.supportedOn(LocalDate.of(2022, 1, 1))).isFalse();
    assertThat(current.supportedOn(LocalDate.of(2030, 1, 1))).isTrue();
  }
}
