package dev.stackfit.lab.run;

import java.util.Locale;

/** Number formats shared by progress lines, verdicts and reports. */
public final class Format {
  private Format() {}

  /** A rate with thousands separators and no needless decimals: "1,200" or "37.5". */
  public static String rate(double rps) {
    if (Math.abs(rps - Math.rint(rps)) < 0.005) {
      return String.format(Locale.ROOT, "%,d", Math.round(rps));
    }
    return String.format(Locale.ROOT, "%,.1f", rps);
  }

  /** Milliseconds with precision that suits their size: "0.42", "3.1", "250". */
  public static String ms(double millis) {
    if (millis < 1) {
      return String.format(Locale.ROOT, "%.2f", millis);
    }
    return millis < 100
        ? String.format(Locale.ROOT, "%.1f", millis)
        : String.format(Locale.ROOT, "%,.0f", millis);
  }

  /** A plain number with at most one decimal. */
  public static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /** One line about a step, for progress. */
  public static String step(StepResult s) {
    return String.format(
        Locale.ROOT,
        "%s rps: achieved %s rps, p50 %s ms, p99 %s ms, errors %d, CPU %.2f s, RSS %.1f MiB  %s",
        rate(s.targetRps()),
        rate(Math.round(s.achievedRps() * 10) / 10.0),
        ms(s.p50Ms()),
        ms(s.p99Ms()),
        s.errors(),
        s.cpuSeconds(),
        s.peakRssMb(),
        s.sustained() ? "ok" : "MISSED (" + s.shortfall() + ")");
  }
}
