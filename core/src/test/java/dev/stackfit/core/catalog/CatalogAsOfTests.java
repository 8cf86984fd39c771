package dev.stackfit.core.catalog;

import static dev.stackfit.core.testing.TestFrameworks.framework;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogAsOfTests {
  private static RepositoryHistory tags(TaggedRelease... releases) {
    return new RepositoryHistory(
        "imported-git",
        "0123456789abcdef0123456789abcdef01234567",
        LocalDate.of(2026, 8, 22),
        List.of(),
        List.of(releases),
        Optional.empty(),
        "");
  }

  private static TaggedRelease tag(String version, String day) {
    return new TaggedRelease(version, LocalDate.parse(day), false);
  }

  @Test
  void theNewestReleaseOfADayIsTheHighestVersionNotTheLastTag() {
    // Rails tagged 3.2.6, 3.1.6 and 3.0.14 on one day, and patched 3.2 after 4.0 was out.
    Framework rails =
        framework("rails")
            .history(
                tags(
                    tag("3.0.14", "2012-06-12"),
                    tag("3.1.6", "2012-06-12"),
                    tag("3.2.6", "2012-06-12"),
                    tag("4.0.0", "2013-06-25"),
                    tag("3.2.14", "2013-07-22")))
            .build();

    Version june2012 = CatalogAsOf.versionAsOf(rails, LocalDate.of(2012, 6, 15)).value();
    assertThat(june2012.latest()).isEqualTo("3.2.6");
    assertThat(june2012.major()).isEqualTo("3");
    assertThat(june2012.latestDate()).isEqualTo(LocalDate.of(2012, 6, 12));

    Version august2013 = CatalogAsOf.versionAsOf(rails, LocalDate.of(2013, 8, 1)).value();
    assertThat(august2013.latest()).isEqualTo("4.0.0");
    assertThat(august2013.major()).isEqualTo("4");
    assertThat(august2013.released()).isEqualTo(LocalDate.of(2013, 6, 25));
  }

  @Test
  void versionsOrderByTheirNumbers() {
    assertThat(CatalogAsOf.compareVersions("3.2.6", "3.0.14")).isPositive();
    assertThat(CatalogAsOf.compareVersions("10.0", "9.5")).isPositive();
    assertThat(CatalogAsOf.compareVersions("1.2.1", "1.2")).isPositive();
    assertThat(CatalogAsOf.compareVersions("0.10.0", "0.9.12")).isPositive();
    assertThat(CatalogAsOf.compareVersions("v2.0.0", "2.0.0")).isZero();
    assertThat(CatalogAsOf.compareVersions("1.02", "1.2")).isZero();
    assertThat(CatalogAsOf.compareVersions("4.0.11.1", "4.0.11")).isPositive();
    assertThat(CatalogAsOf.compareVersions("12345678901234567890.1", "9.1")).isPositive();
  }

  @Test
  void anOptionIsOfferedFromTheReleaseThatAddedIt() {
    // Django has served async views under ASGI since 3.1 (2020-08-04), not before.
    Framework django =
        framework("django")
            .model(
                RequestModel.THREAD_PER_REQUEST, LocalDate.of(2020, 8, 4), RequestModel.ASYNC_AWAIT)
            .build();

    Framework in2012 = CatalogAsOf.asOf(django, LocalDate.of(2012, 6, 15));
    assertThat(in2012.alsoSupports()).isEmpty();
    assertThat(in2012.offers(RequestModel.ASYNC_AWAIT)).isFalse();
    assertThat(in2012.requestModel().value()).isEqualTo(RequestModel.THREAD_PER_REQUEST);

    Framework in2021 = CatalogAsOf.asOf(django, LocalDate.of(2021, 1, 1));
    assertThat(in2021.alsoSupports()).containsExactly(RequestModel.ASYNC_AWAIT);
    assertThat(in2021.offers(RequestModel.ASYNC_AWAIT)).isTrue();
  }
}
