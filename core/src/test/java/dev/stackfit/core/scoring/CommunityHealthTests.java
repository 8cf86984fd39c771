package dev.stackfit.core.scoring;

import static dev.stackfit.core.testing.TestFrameworks.TODAY;
import static dev.stackfit.core.testing.TestFrameworks.framework;
import static dev.stackfit.core.testing.TestProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stackfit.core.catalog.ActivityWindow;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.RepositoryHistory;
import dev.stackfit.core.catalog.TaggedRelease;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunityHealthTests {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  private static ActivityWindow window(
      String asOf, int commits, int authors, Integer absence, String lastReleaseDate) {
    return new ActivityWindow(
        LocalDate.parse(asOf),
        COMMIT,
        commits,
        authors,
        7,
        absence,
        4,
        1,
        lastReleaseDate == null ? null : "3.4.1",
        lastReleaseDate == null ? null : LocalDate.parse(lastReleaseDate));
  }

  private static RepositoryHistory history(ActivityWindow... windows) {
    LocalDate end = windows[windows.length - 1].asOf();
    return new RepositoryHistory(
        "imported-git",
        COMMIT,
        end,
        List.of(windows),
        List.of(new TaggedRelease("3.4.1", LocalDate.of(2026, 7, 1), false)),
        Optional.empty(),
        "");
  }

  private static CriterionScore score(Framework framework, LocalDate today) {
    ScoringContext context =
        new ScoringContext(new Catalog(today, List.of()), today, Optional.empty());
    return new EcosystemHealth().score(framework, profile().lifespan(5).build(), context);
  }

  private static Optional<SubFactorScore> part(CriterionScore score, String id) {
    return score.subFactors().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private static final Framework BUSY =
      framework("busy").history(history(window("2026-08-22", 900, 120, 8, "2026-08-01"))).build();

  @Test
  void activitySpreadAndRecencyComeFromTheGitFiguresWithTheirDate() {
    CriterionScore score = score(BUSY, TODAY);
    SubFactorScore activity = part(score, "activity").orElseThrow();
    SubFactorScore spread = part(score, "author-spread").orElseThrow();
    SubFactorScore recency = part(score, "release-recency").orElseThrow();
    assertThat(activity.score()).isEqualTo(1.0);
    assertThat(activity.reasons().get(0))
        .isEqualTo(
            "900 commits by people in the 12 months to 2026-08-22 (7 by bots left out)"
                + " (git history of example/busy at 0123456789ab)");
    assertThat(spread.score()).isEqualTo(1.0);
    assertThat(spread.reasons().get(0))
        .startsWith(
            "120 people committed in the 12 months to 2026-08-22; contributor absence"
                + " factor 8");
    assertThat(recency.reasons().get(0))
        .startsWith(
            "last release 3.4.1 on 2026-08-01, 21 days before 2026-08-22; 4 releases and 1"
                + " pre-releases in the 12 months to 2026-08-22");
  }

  @Test
  void aQuietRepositoryKeptByOnePersonScoresLowerAndSaysWhy() {
    Framework quiet =
        framework("quiet").history(history(window("2026-08-22", 8, 2, 1, "2024-06-01"))).build();
    CriterionScore score = score(quiet, TODAY);
    assertThat(part(score, "activity").orElseThrow().score()).isLessThan(0.5);
    assertThat(part(score, "author-spread").orElseThrow().reasons().get(0))
        .contains("one person made half of the commits");
    assertThat(part(score, "release-recency").orElseThrow().score()).isLessThan(0.5);
    assertThat(score.score()).isLessThan(score(BUSY, TODAY).score());
  }

  @Test
  void figuresDatedAfterTheEvaluationDayAreIgnored() {
    Framework dated =
        framework("dated")
            .history(
                history(
                    window("2024-12-31", 30, 10, 3, "2024-11-01"),
                    window("2026-08-22", 900, 120, 8, "2026-08-01")))
            .build();
    LocalDate past = LocalDate.of(2025, 6, 1);
    SubFactorScore activity = part(score(dated, past), "activity").orElseThrow();
    assertThat(activity.reasons().get(0))
        .startsWith("30 commits by people in the 12 months to 2024-12-31");
    CriterionScore before = score(dated, LocalDate.of(2024, 6, 1));
    assertThat(part(before, "activity")).isEmpty();
    assertThat(part(before, "community-figures").orElseThrow().reasons().get(0))
        .startsWith("no git-history figures as of 2024-06-01");
  }

  @Test
  void withoutFiguresTheCriterionScoresAsIfTheCommunityPartWereNotThere() {
    Framework unknown = framework("unknown").gitUnavailable("snapshot too large to copy").build();
    CriterionScore score = score(unknown, TODAY);
    SubFactorScore neutral = part(score, "community-figures").orElseThrow();
    assertThat(neutral.reasons().get(0))
        .isEqualTo(
            "snapshot too large to copy: neither rewarded nor punished (scored at the mean of the"
                + " other factors)");
    double others =
        score.subFactors().stream()
                .filter(s -> s != neutral)
                .mapToDouble(s -> s.score() * s.weight())
                .sum()
            / score.subFactors().stream()
                .filter(s -> s != neutral)
                .mapToDouble(SubFactorScore::weight)
                .sum();
    assertThat(score.score()).isCloseTo(others, within(1e-12));
  }

  @Test
  void figuresOlderThanEighteenMonthsAreNeitherRewardedNorPunished() {
    Framework stale =
        framework("stale")
            .history(history(window("2024-10-23", 2222, 434, 5, "2024-09-21")))
            .build();
    CriterionScore score = score(stale, TODAY);
    assertThat(part(score, "activity")).isEmpty();
    assertThat(part(score, "community-figures").orElseThrow().reasons().get(0))
        .startsWith("git-history figures as of 2024-10-23 are more than 18 months old");
  }
}
