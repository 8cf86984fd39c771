package dev.stackfit.core;

import java.util.Locale;

/**
 * Where a short command spends its time, for {@code -Dstackfit.timing=true}: each {@link #mark}
 * prints to stderr the milliseconds since the first mark (made when {@code main} starts) and since
 * the previous one. The JVM's own start-up is the command's wall time less the last mark's total.
 * Does nothing otherwise.
 */
public final class StartupTiming {
  private static final boolean ENABLED = Boolean.getBoolean("stackfit.timing");
  private static long first;
  private static long last;

  private StartupTiming() {}

  /** Prints {@code what} with the time since the first mark and since the previous one. */
  public static synchronized void mark(String what) {
    if (!ENABLED) {
      return;
    }
    long now = System.nanoTime();
    if (first == 0) {
      first = now;
      last = now;
    }
    System.err.printf(
        Locale.ROOT,
        "timing: %6.1f ms since main, %6.1f ms since previous mark: %s%n",
        (now - first) / 1e6,
        (now - last) / 1e6,
        what);
    last = now;
  }
}
