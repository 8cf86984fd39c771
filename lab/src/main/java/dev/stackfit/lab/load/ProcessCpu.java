package dev.stackfit.lab.load;

import java.lang.management.ManagementFactory;

/** CPU time this JVM has used, from the platform MXBean; -1 where the JVM cannot tell. */
final class ProcessCpu {
  private ProcessCpu() {}

  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
