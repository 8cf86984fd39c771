package dev.stackfit.cli.recommend;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.formats.evidence.LabResultJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a PoC lab result file (contract section 5, {@code stackfit lab run --json}) as evidence.
 */
final class EvidenceFiles {
  private EvidenceFiles() {}

  static Evidence read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(new Problem(file.toString(), 0, 0, "", "file not found"));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage()));
    }
    return LabResultJson.read(text, file.getFileName().toString());
  }
}
