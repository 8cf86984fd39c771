package dev.stackfit.lab.process;

/**
 * Resource use of a whole process tree at one moment, read from /proc.
 *
 * @param processes live (non-zombie) processes counted
 * @param cpuSeconds user + system CPU time so far of every live member, including the children each
 *     has already waited for
 * @param rssMb sum of the members' resident set sizes, MiB (shared pages count once per process)
 */
public record TreeSample(int processes, double cpuSeconds, double rssMb) {
  public static final TreeSample NONE = new TreeSample(0, 0, 0);
}
