package dev.stackfit.lab.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A lab JVM of its own for the test that kills it with SIGKILL: it starts one candidate group,
 * waits until the candidate answers on its port, writes the group id to {@code DIR/group} and then
 * idles until it is killed. Arguments: working directory, port, marker argument.
 *
 * <p>The candidate is a shell with three children: a Python HTTP server on the port, a shell that
 * ignores SIGTERM (so only the watchdog's SIGKILL ends it) and that shell's sleep. The candidate
 * shell itself notes SIGTERM in its output before it exits.
 */
final class SigkilledLab {
  static final String CANDIDATE =
      """
      python3 -m http.server --bind 127.0.0.1 "$1" &
      sh -c 'trap "" TERM; while :; do sleep 1; done' stubborn &
      trap 'echo "candidate got SIGTERM"; exit 0' TERM
      echo up
      wait
      """;

  private SigkilledLab() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String marker = args[2];
    ProcessGroup group =
        ProcessGroup.start(
            List.of("sh", "-c", CANDIDATE, marker, Integer.toString(port)),
            dir,
            Map.of(),
            dir.resolve("candidate.log"),
            "TERM",
            Duration.ofSeconds(1));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!(Endpoints.answers("127.0.0.1", port)
        && Files.readString(group.log()).contains("up"))) {
      if (!group.alive() || System.nanoTime() > deadline) {
        System.out.println("candidate did not come up:\n" + group.tail(20));
        System.exit(2);
      }
      Thread.sleep(20);
    }
    Path written = dir.resolve("group.tmp");
    Files.writeString(written, Long.toString(group.groupId()));
    Files.move(written, dir.resolve("group"), StandardCopyOption.ATOMIC_MOVE);
    System.out.println("candidate up in group " + group.groupId());
    // Killed long before this; should the test lose it, the shutdown hook ends the candidate.
    Thread.sleep(Duration.ofMinutes(2));
  }
}
