package dev.stackfit.catalog.refresh;

import dev.stackfit.catalog.refresh.EndOfLifeProductFile.Lines;
import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Release;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Source;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Release lines from a local clone of endoflife.date's repository: the {@code releases} of {@code
 * products/PRODUCT.md} at the clone's HEAD commit, every line the file lists. For organisations
 * without access to the API; the citation names the commit and its date.
 */
final class EndOfLifeRepoImporter implements Importer {
  static final String UPSTREAM = "https://github.com/endoflife-date/endoflife.date";

  private final GitRepository repository;
  private final LocalDate today;
  private Snapshot snapshot;

  /** The commit the clone's HEAD is at. */
  record Snapshot(String commit, LocalDate date) {
    String shortId() {
      return commit.substring(0, 7);
    }
  }

  EndOfLifeRepoImporter(GitRepository repository, LocalDate today) {
    this.repository = repository;
    this.today = today;
  }

  @Override
  public RefreshSource source() {
    return RefreshSource.ENDOFLIFE_REPO;
  }

  @Override
  public Optional<Contribution> fetch(Framework framework) {
    String product = EndOfLifeImporter.PRODUCTS.get(framework.id());
    if (product == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Contribution(
            Optional.of(dated(read(product))),
            Optional.empty(),
            Optional.empty(),
            Optional.of(cites(product))));
  }

  @Override
  public Optional<RuntimeLines> fetch(Runtime runtime) {
    String product = EndOfLifeImporter.RUNTIME_PRODUCTS.get(runtime);
    if (product == null) {
      return Optional.empty();
    }
    return Optional.of(new RuntimeLines(dated(read(product)), cites(product)));
  }

  /** The lines as of the commit's date, noting lines that ended on a day the file leaves out. */
  private Fact<List<Release>> dated(Lines lines) {
    String note =
        lines.endedUndated().isEmpty()
            ? ""
            : "ended on a day the source does not give (eol: true): "
                + String.join(", ", lines.endedUndated());
    return new Fact<>(lines.lines(), source().sourceId(), snapshot().date(), true, note);
  }

  private Lines read(String product) {
    String path = "products/" + product + ".md";
    Snapshot at = snapshot();
    String text = repository.run("show", at.commit() + ":" + path);
    return EndOfLifeProductFile.read(text, "endoflife.date " + path + " at " + at.shortId());
  }

  /** The HEAD commit and its date, read once per refresh. */
  Snapshot snapshot() {
    if (snapshot == null) {
      String[] head =
          repository.run("log", "-1", "--format=%H%x1f%cI", "HEAD").strip().split("\u001f");
      if (head.length != 2) {
        throw new SourceUnavailableException(source(), "cannot read the clone's HEAD commit");
      }
      snapshot = new Snapshot(head[0], OffsetDateTime.parse(head[1]).toLocalDate());
    }
    return snapshot;
  }

  private Source cites(String product) {
    Snapshot at = snapshot();
    return new Source(
        source().sourceId(),
        "endoflife.date products/"
            + product
            + ".md at commit "
            + at.shortId()
            + " ("
            + at.date()
            + ")",
        UPSTREAM + "/blob/" + at.commit() + "/products/" + product + ".md",
        today);
  }
}
