package dev.stackfit.core;

/**
 * One thing wrong with an input, located as precisely as the reader could.
 *
 * @param source the file name or other origin ("profile.yaml", "request body"); never null
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path field path inside the document ("team.skills[1].level"), or "" for the whole document
 * @param message what is wrong, naming the bad value
 */
public record Problem(String source, int line, int column, String path, String message) {
  public Problem {
    if (source == null || path == null || message == null) {
      throw new IllegalArgumentException("source, path and message must not be null");
    }
  }

  /**
   * Formats as {@code source:line:column: path: message}, leaving out the parts that are unknown.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
