package dev.stackfit.cli.recommend;

import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.formats.evidence.LabResultJson;
import java.nio.file.Path;

/**
 * Reads a PoC lab result file (contract section 5, {@code stackfit lab run --json}) as evidence.
 */
final class EvidenceFiles {
  private EvidenceFiles() {}

  /** Reads the file; every candidate must name a framework of {@code catalog}. */
  static Evidence read(Path file, Catalog catalog) {
    return LabResultJson.read(file, id -> catalog.find(id).isPresent());
  }
}
