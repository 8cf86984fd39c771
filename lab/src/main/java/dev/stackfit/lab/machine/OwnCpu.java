package dev.stackfit.lab.machine;

import java.lang.management.ManagementFactory;

/** CPU time of the lab's own JVM: the load generator, the samplers and the JVM's own threads. */
public final class OwnCpu {
  private OwnCpu() {}

  /** CPU seconds this JVM has used so far; -1 where the JVM cannot tell. */
  public static double seconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1e9;
    }
    return -1;
  }
}
