package dev.stackfit.cli;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog DIR} option shared by commands that read the catalog. Without it, the
 * checkout's catalog/data is used when stackfit runs from a checkout (so edits and refreshes take
 * effect at once), else the catalog bundled in the jar.
 */
public final class CatalogOption {
  /** The system property naming the catalog snapshot file. */
  public static final String SNAPSHOT_PROPERTY = "stackfit.catalog.snapshot";

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "Catalog directory to use instead of the shipped one.")
  Path directory;

  public Catalog load() {
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new BadInputException("--catalog " + directory + ": no such directory");
      }
      return load(directory);
    }
    Path checkout = checkoutCatalog();
    return checkout != null ? load(checkout) : new CatalogLoader().loadBundled();
  }

  /**
   * Reads a catalog directory, through the pre-parsed snapshot that the launchers name with {@code
   * -Dstackfit.catalog.snapshot=FILE} (used only when it matches the directory's files exactly, and
   * rewritten when it does not; docs/catalog-format.md, "The catalog snapshot").
   */
  public static Catalog load(Path dir) {
    String snapshot = System.getProperty(SNAPSHOT_PROPERTY, "");
    return snapshot.isBlank()
        ? new CatalogLoader().load(dir)
        : new CatalogLoader().load(dir, Path.of(snapshot));
  }

  /** The catalog directory of the checkout stackfit runs from, or null. */
  public static Path checkoutCatalog() {
    String home = System.getProperty("stackfit.home");
    if (home == null) {
      return null;
    }
    Path dir = Path.of(home, "catalog", "data");
    return Files.isDirectory(dir.resolve("frameworks")) ? dir : null;
  }
}
