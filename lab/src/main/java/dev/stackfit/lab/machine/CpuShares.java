package dev.stackfit.lab.machine;

/**
 * How a machine's CPU time divided over a period, each a share of all CPU time of all CPUs, 0..1;
 * every share is -1 when unknown (no /proc/stat).
 *
 * @param user user time, nice included
 * @param system kernel time, interrupts included
 * @param idle time with nothing to run
 * @param iowait idle time while I/O was outstanding
 * @param steal time the hypervisor gave this machine's virtual CPUs to someone else
 */
public record CpuShares(double user, double system, double idle, double iowait, double steal) {
  public static final CpuShares UNKNOWN = new CpuShares(-1, -1, -1, -1, -1);

  public boolean known() {
    return idle >= 0;
  }

  /** CPU that could have run more work: idle plus I/O wait, 0..1. */
  public double available() {
    return idle + iowait;
  }

  /** Cores busy on average (user and system) on a machine of {@code cores} CPUs. */
  public double busyCores(int cores) {
    return (user + system) * cores;
  }
}
