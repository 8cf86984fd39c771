package dev.stackfit.lab.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Processes for the lab's tests: free ports, a second JVM, and what still runs after a test. */
public final class TestProcesses {
  private TestProcesses() {}

  /** A loopback port nothing listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts {@code main} in a JVM of its own with this test's class path; its output goes to {@code
   * out}.
   */
  public static Process javaMain(Path out, Class<?> main, String... args) throws IOException {
    List<String> argv = new ArrayList<>();
    argv.add(ProcessHandle.current().info().command().orElse("java"));
    argv.add("-cp");
    argv.add(System.getProperty("java.class.path"));
    argv.add(main.getName());
    argv.addAll(List.of(args));
    return new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }

  /** Whether {@code pid} still runs; a zombie waiting to be reaped no longer does. */
  public static boolean running(long pid) {
    return ProcStat.read(pid).map(s -> !s.zombie()).orElse(false);
  }

  /** Running processes whose command line holds {@code argument}, found through /proc. */
  public static List<Long> processesWithArgument(String argument) {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(p -> Long.parseLong(p.getFileName().toString()))
          .filter(TestProcesses::running)
          .filter(pid -> commandLine(pid).contains(argument))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")));
    } catch (IOException e) {
      return "";
    }
  }
}
