package dev.stackfit.catalog.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.catalog.refresh.ReleaseTags.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseTagsTests {
  private final ReleaseTags monorepo = new ReleaseTags(List.of("web-v*", "v*"));

  @Test
  void theStarIsTheVersionAndMustStartWithADigit() {
    assertThat(monorepo.match("web-v4.15.0"))
        .contains(new ReleaseTags.Version("4.15.0", Kind.RELEASE));
    assertThat(monorepo.match("v2.0.0")).contains(new ReleaseTags.Version("2.0.0", Kind.RELEASE));
    assertThat(monorepo.match("http-v3.13.3")).isEmpty();
    assertThat(monorepo.match("vPR1")).isEmpty();
    assertThat(monorepo.match("web-vnext")).isEmpty();
  }

  @Test
  void preReleasesAreToldApartInTheirUsualSpellings() {
    for (String version :
        List.of(
            "1.0.0-alpha.1",
            "1.0.0-beta.2",
            "8.0.0.rc1",
            "3.0.0_RC1",
            "2.1M1",
            "0.5.0.M1",
            "4.0.0-RC1",
            "3.2.0.CR1",
            "1.0rc1",
            "0.2b",
            "2.0.0-alpha-2-eap-123",
            "6.0.0-BETA1")) {
      assertThat(ReleaseTags.kind(version)).as(version).isEqualTo(Kind.PRE_RELEASE);
    }
  }

  @Test
  void finalMarkersAndFourPartVersionsAreReleases() {
    for (String version : List.of("2.7.0.RELEASE", "1.0.0.final", "2.0.1-final", "8.0.5.1", "5")) {
      assertThat(ReleaseTags.kind(version)).as(version).isEqualTo(Kind.RELEASE);
    }
  }

  @Test
  void branchLikeAndOddTagsAreNoReleases() {
    for (String version : List.of("2.3.x", "4.1.6-retag", "4.1.0.TEST")) {
      assertThat(ReleaseTags.kind(version)).as(version).isEqualTo(Kind.OTHER);
    }
  }
}
