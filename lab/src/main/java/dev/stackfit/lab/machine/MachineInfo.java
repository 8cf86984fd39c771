package dev.stackfit.lab.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the lab ran on, for the record and for comparing runs.
 *
 * @param cores CPUs this process may run on
 * @param cpuModel the processor's model name from /proc/cpuinfo, or "unknown"
 * @param memoryMb total memory from /proc/meminfo, MiB; 0 when unknown
 * @param os operating system name and kernel version
 * @param java the lab's Java runtime version
 */
public record MachineInfo(int cores, String cpuModel, long memoryMb, String os, String java) {
  public MachineInfo {
    Objects.requireNonNull(cpuModel, "cpuModel");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(java, "java");
  }

  /** This machine, now. */
  public static MachineInfo detect() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(read("/proc/cpuinfo")),
        memoryMb(read("/proc/meminfo")),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        Integer.toString(Runtime.version().feature()));
  }

  /** The short form reports have always shown: "2 cores, Linux 6.8.0, Java 21". */
  public String description() {
    return cores + " cores, " + os + ", Java " + java;
  }

  /** The first model name in {@code /proc/cpuinfo} text (x86 and most ARM kernels). */
  static String cpuModel(String cpuinfo) {
    for (String line : cpuinfo.lines().toList()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        String key = line.substring(0, colon).trim();
        if (key.equals("model name") || key.equals("Model") || key.equals("Hardware")) {
          return line.substring(colon + 1).trim();
        }
      }
    }
    return "unknown";
  }

  /** MemTotal of {@code /proc/meminfo} text, in MiB; 0 when absent. */
  static long memoryMb(String meminfo) {
    for (String line : meminfo.lines().toList()) {
      if (line.startsWith("MemTotal:")) {
        try {
          return Long.parseLong(line.substring(9).trim().split("\\s+")[0]) / 1024;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      return "";
    }
  }
}
