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
            "%s rps: achieved %s rps, p50 %s ms, p99 %s ms, errors %d, CPU %.2f s (%s per 1,000),"
                + " RSS %.1f MiB  %s",
            rate(s.targetRps()),
            rate(Math.round(s.achievedRps() * 10) / 10.0),
            ms(s.p50Ms()),
            ms(s.p99Ms()),
            s.errors(),
            s.cpuSeconds(),
            cost(s.cpuPer1000Requests()),
            s.peakRssMb(),
            s.sustained() ? "ok" : "MISSED (" + s.shortfall() + ")")
        + machine(s);
  }

  /** The machine's side of a step, for progress: idle, steal, load, the generator. */
  static String machine(StepResult s) {
    var c = s.conditions();
    if (!c.cpu().known()) {
      return "";
    }
    String line =
        String.format(
            Locale.ROOT,
            "\n    machine: idle %s, steal %s, load %.1f; generator %.2f cores, lag p99 %s ms",
            percent(c.cpu().available()),
            percent(c.cpu().steal()),
            c.loadAverage(),
            c.generatorCores(),
            ms(c.generatorLagP99Ms()));
    return line
        + (s.isMachineBound() ? "\n    MACHINE-BOUND: " + String.join("; ", s.machineBound()) : "");
  }

  /** CPU seconds per 1,000 requests with two decimals, or "-" when unknown. */
  public static String cost(double cpuPer1000) {
    return cpuPer1000 < 0 ? "-" : String.format(Locale.ROOT, "%.2f s", cpuPer1000);
  }

  /** A share 0..1 as a whole percentage, or with one decimal below 10 %. */
  public static String percent(double share) {
    double p = share * 100;
    return p < 10
        ? String.format(Locale.ROOT, "%.1f%%", p)
        : String.format(Locale.ROOT, "%.0f%%", p);
  }
}
