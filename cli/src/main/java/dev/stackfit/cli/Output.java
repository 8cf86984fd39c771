package dev.stackfit.cli;

import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.formats.files.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes command output to stdout or, atomically, to a file. */
public final class Output {
  private Output() {}

  /**
   * Refuses to write a report over one of the command's own input files (a typo like {@code --out
   * team.yaml} would replace the profile with the report).
   *
   * @throws InvalidInputException naming the option and the file
   */
  public static void requireNotInput(Path out, String option, Path... inputs) {
    if (out == null || !Files.exists(out)) {
      return;
    }
    for (Path input : inputs) {
      try {
        if (input != null && Files.exists(input) && Files.isSameFile(out, input)) {
          throw new InvalidInputException(
              new Problem(
                  out.toString(),
                  0,
                  0,
                  option,
                  "is an input of this command; writing the report there would destroy it"));
        }
      } catch (IOException e) {
        // cannot compare: the write itself reports any real problem
      }
    }
  }

  /**
   * Checks before a long run (a load test, the PoC lab) that {@code file} can be written, so that
   * minutes of measurement are not lost to a typo in a path: its directory must exist or be
   * creatable and take a new file, and the file must not be a directory. Nothing is left behind.
   *
   * @param option the option that named the file, for the message
   * @throws InvalidInputException naming the file and the option
   */
  public static void requireWritable(Path file, String option) {
    if (file == null) {
      return;
    }
    Path target = file.toAbsolutePath();
    String why = null;
    if (Files.isDirectory(target)) {
      why = "is a directory; give a file name";
    } else {
      try {
        Files.createDirectories(target.getParent());
        Path probe = Files.createTempFile(target.getParent(), ".stackfit-write-check", ".tmp");
        Files.delete(probe);
        if (Files.exists(target) && !Files.isWritable(target)) {
          why = "exists and cannot be replaced";
        }
      } catch (IOException | SecurityException e) {
        why =
            "cannot be written there ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ")";
      }
    }
    if (why != null) {
      throw new InvalidInputException(new Problem(file.toString(), 0, 0, option, why));
    }
  }

  /**
   * Writes {@code text} to {@code file} through a temporary file in the same directory and a
   * rename, so a reader never sees half a file; to {@code out} when {@code file} is null. New files
   * get the usual permissions (0666 less the umask); an existing file keeps its own.
   */
  public static void write(String text, Path file, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InfrastructureException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The size of {@code text} written as UTF-8, for messages: "812 bytes", "14.2 KB". */
  public static String size(String text) {
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    return bytes < 1_000
        ? bytes + " bytes"
        : String.format(Locale.ROOT, "%.1f KB", bytes / 1_000.0);
  }
}
