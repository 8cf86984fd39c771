package dev.stackfit.lab.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one-minute load average from {@code /proc/loadavg}. */
public final class LoadAverage {
  private static final Path PROC_LOADAVG = Path.of("/proc/loadavg");

  private LoadAverage() {}

  /** The current one-minute load average; -1 where it cannot be read. */
  public static double oneMinute() {
    try {
      return parse(Files.readString(PROC_LOADAVG));
    } catch (IOException | IllegalArgumentException e) {
      return -1;
    }
  }

  /** The first field of {@code /proc/loadavg} text ("0.42 0.30 0.25 2/91 6727"). */
  static double parse(String text) {
    String[] f = text.trim().split("\\s+");
    try {
      return Double.parseDouble(f[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad /proc/loadavg text: " + text.strip());
    }
  }
}
