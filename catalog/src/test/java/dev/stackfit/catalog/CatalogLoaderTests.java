package dev.stackfit.catalog;

import static dev.stackfit.catalog.CatalogFixtures.brief;
import static dev.stackfit.catalog.CatalogFixtures.catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.catalog.Version;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTests {
  private final CatalogLoader loader = new CatalogLoader();

  private List<String> rejected(Path dir) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> loader.load(dir));
    assertThat(e).as("expected %s to be rejected", dir).isNotNull();
    return brief(e.problems());
  }

  @Test
  void loadsEveryFileSortedById() {
    Catalog loaded = loader.load(catalog("valid"));
    assertThat(loaded.frameworks())
        .extracting(Framework::id)
        .containsExactly("mini-api", "tiny-web");
  }

  @Test
  void datesTheCatalogByItsNewestFact() {
    // a feature fact is dated 2026-01-12, every other fact 2026-01-10; access dates do not count
    assertThat(loader.load(catalog("valid")).asOf()).isEqualTo(LocalDate.of(2026, 1, 12));
  }

  @Test
  void mapsEveryPartOfAnEntry() {
    Framework tiny = loader.load(catalog("valid")).find("tiny-web").orElseThrow();
    assertThat(tiny.language()).isEqualTo(Language.GO);
    assertThat(tiny.license().value()).isEqualTo("MIT OR Apache-2.0");
    assertThat(tiny.version().value())
        .isEqualTo(
            new Version("1", LocalDate.of(2021, 3, 1), "1.4.2", LocalDate.of(2025, 12, 1), false));
    assertThat(tiny.requestModel().value()).isEqualTo(RequestModel.GOROUTINES);
    assertThat(tiny.learningCurve().verified()).isFalse();
    assertThat(tiny.learningCurve().note()).isEqualTo("small API");
    assertThat(tiny.support(Feature.VALIDATION)).isEqualTo(Support.ECOSYSTEM);
    assertThat(tiny.features().get(Feature.VALIDATION).value().provider())
        .isEqualTo("a validator package");
    assertThat(tiny.support(Feature.ORM)).isEqualTo(Support.NONE);
    assertThat(tiny.footprint().orElseThrow().value()).isEqualTo(new Footprint(12, 30));
    assertThat(tiny.releases().orElseThrow().value())
        .singleElement()
        .satisfies(r -> assertThat(r.eol()).isEqualTo(LocalDate.of(2027, 6, 1)));
    assertThat(tiny.health().orElseThrow().stars()).isEqualTo(1200);
    assertThat(tiny.health().orElseThrow().contributors()).isNull();
    assertThat(tiny.performance()).isEmpty();
    assertThat(tiny.sources()).containsOnlyKeys("docs", "repo");
    assertThat(tiny.learningNotes()).startsWith("A small surface");
  }

  @Test
  void rejectsAFileWhoseNameIsNotItsId() {
    assertThat(rejected(catalog("name-mismatch")))
        .containsExactly(
            "tiny-website.yaml:1:5: id: \"tiny-web\" does not match the file name"
                + " tiny-website.yaml");
  }

  @Test
  void rejectsCitationsOfUndeclaredSources() {
    assertThat(rejected(catalog("missing-source")))
        .singleElement()
        .asString()
        .contains("cites source \"blog\"");
  }

  @Test
  void listsEveryProblemOfEveryFile() {
    assertThat(rejected(catalog("broken-structure"))).hasSize(6);
  }

  @Test
  void leavesDayDependentRulesToTheValidator() {
    assertThat(loader.load(catalog("stale")).size()).isEqualTo(1);
    assertThat(loader.load(catalog("uncited-source")).size()).isEqualTo(1);
  }

  @Test
  void rejectsAMissingDirectory() {
    Path missing = catalog("valid").resolve("absent");
    assertThat(rejected(missing)).containsExactly("absent: catalog directory not found");
  }

  @Test
  void readsAFolderOfFrameworkFilesDirectly() {
    assertThat(loader.load(catalog("valid").resolve("frameworks")).size()).isEqualTo(2);
  }
}
