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
      return new CatalogLoader().load(directory);
    }
    Path checkout = checkoutCatalog();
    return checkout != null
        ? new CatalogLoader().load(checkout)
        : new CatalogLoader().loadBundled();
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
