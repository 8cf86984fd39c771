package dev.stackfit.lab.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One line of {@code /proc/PID/stat}, the fields the lab uses.
 *
 * @param pid process id
 * @param state one letter: R, S, D, Z (zombie) and so on
 * @param parentPid the parent's id
 * @param groupId the process group id
 * @param cpuTicks user + system time of the process and of its waited-for children, clock ticks
 */
record ProcStat(long pid, char state, long parentPid, long groupId, long cpuTicks) {
  /**
   * Clock ticks per second of the times in /proc. Linux reports them in USER_HZ, which is 100 on
   * every mainstream architecture whatever the kernel's own tick rate.
   */
  static final double TICKS_PER_SECOND = 100;

  boolean zombie() {
    return state == 'Z' || state == 'X';
  }

  /** Reads the process's stat line; empty when it has gone (or /proc is missing). */
  static Optional<ProcStat> read(long pid) {
    try {
      return Optional.of(parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a stat line. The command name (field 2) is in parentheses and may itself contain spaces
   * and parentheses, so the fields are counted from the last closing one.
   */
  static ProcStat parse(String line) {
    long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
    String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    // f[0] is field 3 (state); utime, stime, cutime, cstime are fields 14 to 17.
    long ticks =
        Long.parseLong(f[11])
            + Long.parseLong(f[12])
            + Long.parseLong(f[13])
            + Long.parseLong(f[14]);
    return new ProcStat(pid, f[0].charAt(0), Long.parseLong(f[1]), Long.parseLong(f[2]), ticks);
  }

  /** Resident set size from {@code /proc/PID/status} in KiB; 0 when unknown or gone. */
  static long rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between listing and reading: it has no memory any more.
    }
    return 0;
  }

  /** The raw {@code /proc/PID/cmdline}: each argument followed by a NUL; empty when gone. */
  static byte[] cmdline(long pid) {
    try {
      return Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
    } catch (IOException | RuntimeException e) {
      return new byte[0];
    }
  }
}
