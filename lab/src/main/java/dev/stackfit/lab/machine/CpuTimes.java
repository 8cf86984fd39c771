package dev.stackfit.lab.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole machine's CPU time so far, from the {@code cpu} line of {@code /proc/stat}, in clock
 * ticks summed over every CPU. Guest time is already counted in user time by the kernel, so it is
 * not added again.
 */
public record CpuTimes(
    long user, long nice, long system, long idle, long iowait, long irq, long softirq, long steal) {

  private static final Path PROC_STAT = Path.of("/proc/stat");

  /** Reads {@code /proc/stat}; empty where it is missing or unreadable (not Linux). */
  public static Optional<CpuTimes> read() {
    try {
      return Optional.of(parse(Files.readString(PROC_STAT)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses the text of {@code /proc/stat}: its first line, {@code cpu user nice system idle iowait
   * irq softirq steal ...}. Kernels before 2.6.11 stop before steal; missing fields count as 0.
   *
   * @throws IllegalArgumentException when there is no aggregate {@code cpu} line
   */
  public static CpuTimes parse(String procStat) {
    String line =
        procStat
            .lines()
            .filter(l -> l.startsWith("cpu "))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no \"cpu\" line in /proc/stat text"));
    String[] f = line.substring(4).trim().split("\\s+");
    long[] v = new long[8];
    for (int i = 0; i < v.length && i < f.length; i++) {
      try {
        v[i] = Long.parseLong(f[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad number \"" + f[i] + "\" in /proc/stat: " + line);
      }
    }
    return new CpuTimes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }

  long total() {
    return user + nice + system + idle + iowait + irq + softirq + steal;
  }

  /**
   * How the machine's CPU time divided between then and now: shares of all CPU time of all CPUs.
   * Unknown when no tick passed (or the counters went backwards).
   */
  public CpuShares sharesSince(CpuTimes earlier) {
    double total = total() - earlier.total();
    if (total <= 0) {
      return CpuShares.UNKNOWN;
    }
    return new CpuShares(
        (user + nice - earlier.user - earlier.nice) / total,
        (system + irq + softirq - earlier.system - earlier.irq - earlier.softirq) / total,
        (idle - earlier.idle) / total,
        (iowait - earlier.iowait) / total,
        (steal - earlier.steal) / total);
  }
}
