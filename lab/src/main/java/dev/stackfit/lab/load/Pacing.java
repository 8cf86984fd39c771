package dev.stackfit.lab.load;

import java.util.List;

/**
 * When a worker starts requests: the open model on its precomputed arrival schedule, whatever the
 * server does ({@link OpenPacing}), or the closed model whenever a connection is free ({@link
 * ClosedPacing}). The two models are kept apart the way Hyperfoil keeps its phases apart; the
 * {@link Worker} does what both share. Called only on the worker's event loop.
 */
sealed interface Pacing permits OpenPacing, ClosedPacing {
  /** The pacing of {@code plan}'s model for one worker. */
  static Pacing of(LoadPlan plan, Worker worker, int index) {
    return plan.mode() == LoadMode.OPEN
        ? new OpenPacing(plan, worker, index)
        : new ClosedPacing(worker);
  }

  /**
   * Starts once {@code delayNanos} have passed.
   *
   * @param segments the rate curve, warm-up included (empty in the closed model)
   */
  void begin(long delayNanos, List<RateSegment> segments);

  /** Gives an idle connection no waiting request needs its next request; false lets it rest. */
  boolean fill(LoadConnection idle);

  /**
   * A connection just came free and rests: starts whatever fell due meanwhile (open model), so that
   * arrivals due while the loop reads a batch of responses are not held until the batch ends.
   */
  void sendDue();

  /** A connection could not be opened: counts the failure against what needed it. */
  void connectFailed(LoadConnection c);

  /** Whether a lost connection should be opened again now. */
  boolean wantsConnections();

  /** True once this pacing will start nothing more. */
  boolean exhausted();

  /** Starts nothing more. */
  void stop();
}
