package dev.stackfit.lab.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which CPUs the load generator (the lab's own JVM) and the candidate may run on. With at least
 * {@link #MIN_CPUS} CPUs they get disjoint sets through {@code taskset} (util-linux), so neither
 * takes CPU time from the other; on fewer they share every CPU, and {@link #note()} says why.
 *
 * @param generatorCpus the lab JVM's CPUs; empty when not pinned
 * @param candidateCpus every candidate process's CPUs; empty when not pinned
 * @param note one sentence on the split, or on why there is none
 */
public record CpuSplit(List<Integer> generatorCpus, List<Integer> candidateCpus, String note) {
  /**
   * Pinning needs this many CPUs: each side gets whole CPUs, and the candidate keeps most of them.
   * On two CPUs a split would leave the candidate one, halving the parallelism its stack is built
   * for (Node's cluster, gunicorn's and uvicorn's workers), so its figures would describe a
   * one-core machine instead.
   */
  public static final int MIN_CPUS = 4;

  public CpuSplit {
    generatorCpus = List.copyOf(generatorCpus);
    candidateCpus = List.copyOf(candidateCpus);
    Objects.requireNonNull(note, "note");
  }

  public boolean pinned() {
    return !generatorCpus.isEmpty();
  }

  /** The split for this machine: the CPUs this process may use, and whether taskset exists. */
  public static CpuSplit detect() {
    List<Integer> allowed;
    try {
      allowed = allowedCpus(Files.readString(Path.of("/proc/self/status")));
    } catch (IOException | IllegalArgumentException e) {
      return none("not pinned: the CPUs this process may use are unknown (no /proc/self/status)");
    }
    return plan(allowed, onPath("taskset"));
  }

  /**
   * Gives the generator the first quarter of {@code allowed} (at least one CPU) and the candidate
   * the rest; no split below {@link #MIN_CPUS} CPUs or without taskset.
   */
  public static CpuSplit plan(List<Integer> allowed, boolean taskset) {
    if (allowed.size() < MIN_CPUS) {
      return none(
          "not pinned: "
              + allowed.size()
              + " CPU(s), so the generator and the candidate share them; a split needs at least "
              + MIN_CPUS
              + ", or the candidate would be left one CPU and measured as on a smaller machine");
    }
    if (!taskset) {
      return none("not pinned: taskset (util-linux) is not on the PATH");
    }
    int forGenerator = Math.max(1, (allowed.size() + 3) / 4);
    List<Integer> generator = allowed.subList(0, forGenerator);
    List<Integer> candidate = allowed.subList(forGenerator, allowed.size());
    return new CpuSplit(
        generator,
        candidate,
        "pinned: generator on CPU(s) " + format(generator) + ", candidate on " + format(candidate));
  }

  private static CpuSplit none(String why) {
    return new CpuSplit(List.of(), List.of(), why);
  }

  /** The command prefix that starts a candidate on its CPUs; empty when not pinned. */
  public List<String> candidatePrefix() {
    return pinned() ? List.of("taskset", "-c", format(candidateCpus)) : List.of();
  }

  /**
   * Pins every thread of this JVM (and so every thread it starts later) to the generator's CPUs,
   * until the returned handle is closed, which restores the CPUs it had. Does nothing when not
   * pinned.
   */
  public Pinning pinThisProcess() {
    if (!pinned()) {
      return () -> {};
    }
    String all;
    try {
      all = format(allowedCpus(Files.readString(Path.of("/proc/self/status"))));
    } catch (IOException | IllegalArgumentException e) {
      return () -> {};
    }
    setThisProcess(format(generatorCpus));
    return () -> setThisProcess(all);
  }

  /** An applied pinning; closing it gives the process back the CPUs it had. */
  public interface Pinning extends AutoCloseable {
    @Override
    void close();
  }

  private static void setThisProcess(String cpus) {
    long pid = ProcessHandle.current().pid();
    try {
      new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      // Unpinned is still correct, only less isolated; the report states the plan, not a promise.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The {@code Cpus_allowed_list} of {@code /proc/PID/status} text, as CPU numbers. */
  static List<Integer> allowedCpus(String status) {
    return status
        .lines()
        .filter(l -> l.startsWith("Cpus_allowed_list:"))
        .findFirst()
        .map(l -> parse(l.substring("Cpus_allowed_list:".length()).trim()))
        .orElseThrow(() -> new IllegalArgumentException("no Cpus_allowed_list in the status"));
  }

  /** Parses a CPU list such as {@code 0-3,6,8-9}. */
  static List<Integer> parse(String list) {
    List<Integer> cpus = new ArrayList<>();
    for (String part : list.split(",")) {
      String[] range = part.trim().split("-");
      try {
        int from = Integer.parseInt(range[0]);
        int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
        for (int cpu = from; cpu <= to; cpu++) {
          cpus.add(cpu);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad CPU list: " + list);
      }
    }
    return cpus;
  }

  /** Formats CPU numbers as a list taskset reads, ranges collapsed: {@code 0-3,6}. */
  static String format(List<Integer> cpus) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cpus.size(); i++) {
      int start = cpus.get(i);
      int end = start;
      while (i + 1 < cpus.size() && cpus.get(i + 1) == end + 1) {
        end = cpus.get(++i);
      }
      out.append(out.isEmpty() ? "" : ",").append(start).append(end > start ? "-" + end : "");
    }
    return out.toString();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
