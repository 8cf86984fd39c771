package dev.stackfit.lab.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every process group the lab has started and not yet stopped, with one JVM shutdown hook that
 * stops them all; so Ctrl-C, a crash of the lab or any failure leaves no candidate running. SIGKILL
 * of the JVM runs no hook: then each group's own watchdog stops it (see {@link ProcessGroup}).
 */
public final class LiveGroups {
  private static final Set<ProcessGroup> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private LiveGroups() {}

  static synchronized void register(ProcessGroup group) {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(LiveGroups::stopAll, "stackfit-lab-stop"));
      hooked = true;
    }
    LIVE.add(group);
  }

  static void forget(ProcessGroup group) {
    LIVE.remove(group);
  }

  /** The groups still running, for tests and diagnostics. */
  public static List<Long> liveGroupIds() {
    return LIVE.stream().map(ProcessGroup::groupId).toList();
  }

  /** Stops every live group: SIGTERM, a second's grace, then SIGKILL. */
  public static void stopAll() {
    for (ProcessGroup group : new ArrayList<>(LIVE)) {
      group.stop("TERM", Duration.ofSeconds(1));
    }
  }
}
