package dev.stackfit.cli.load;

import dev.stackfit.lab.load.LoadListener;
import dev.stackfit.lab.load.LoadProgress;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Live progress on stderr: rewritten in place every second on a terminal, one plain line every few
 * seconds otherwise (so logs stay readable).
 */
final class ProgressLine implements LoadListener {
  private static final double LOG_EVERY_SECONDS = 5;

  private final PrintWriter err;
  private final boolean terminal;
  private double lastLogged = -LOG_EVERY_SECONDS;
  private boolean dirty;

  ProgressLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void onProgress(LoadProgress p) {
    String text =
        "warm-up".equals(p.phase())
            ? String.format(Locale.ROOT, "[%5.1fs warm-up] not measured yet", p.elapsedSeconds())
            : String.format(
                Locale.ROOT,
                "[%5.1fs %s] %8.1f req/s  p99 %8.2f ms  responses %d  errors %d  backlog %d  in"
                    + " flight %d",
                p.elapsedSeconds(),
                p.phase(),
                p.intervalRatePerSec(),
                p.intervalP99Ms(),
                p.responses(),
                p.errors(),
                p.backlog(),
                p.inFlight());
    if (terminal) {
      err.print("\r" + text + "   ");
      dirty = true;
      err.flush();
    } else if (p.elapsedSeconds() - lastLogged >= LOG_EVERY_SECONDS - 0.5) {
      err.println(text);
      lastLogged = p.elapsedSeconds();
      err.flush();
    }
  }

  /**
   * Whether the user is watching a terminal. Since JDK 22 {@code System.console()} is non-null even
   * when output is redirected, so ask {@code isTerminal()} where it exists (not in the 21 API).
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Ends the in-place line so the summary starts on a fresh one. */
  void finish() {
    if (dirty) {
      err.println();
      err.flush();
    }
  }
}
