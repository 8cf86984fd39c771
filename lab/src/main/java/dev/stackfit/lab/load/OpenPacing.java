package dev.stackfit.lab.load;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The open model: each request is due at its intended start on the arrival schedule, and is sent,
 * queued for a connection or dropped then; the server's speed never moves the schedule.
 */
final class OpenPacing implements Pacing {
  private final LoadPlan plan;
  private final Worker worker;
  private final int index;
  // One task object for every wake-up, rather than a new method reference per arrival.
  private final Runnable tick = this::tick;
  private ArrivalSchedule schedule;
  private long nextIntendedNanos = -1;
  private boolean over;

  OpenPacing(LoadPlan plan, Worker worker, int index) {
    this.plan = plan;
    this.worker = worker;
    this.index = index;
  }

  @Override
  public void begin(long delayNanos, List<RateSegment> segments) {
    schedule = new ArrivalSchedule(segments, index, plan.threads(), plan.arrival(), plan.seed());
    advance();
    worker.loop().schedule(tick, delayNanos, TimeUnit.NANOSECONDS);
  }

  private void tick() {
    dispatchDue(System.nanoTime());
    if (nextIntendedNanos >= 0) {
      worker.loop().schedule(tick, nextIntendedNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
  }

  private void dispatchDue(long now) {
    while (nextIntendedNanos >= 0 && nextIntendedNanos <= now) {
      worker.dispatch(nextIntendedNanos, now);
      advance();
    }
  }

  /**
   * Between timer wake-ups: when the loop spends a while reading responses, arrivals fall due
   * meanwhile; they are dispatched as soon as a connection frees up rather than after the whole
   * batch. The pending timer then finds less (or nothing) due and only sets the next one. Lag and
   * latency still count from each arrival's intended time.
   */
  @Override
  public void sendDue() {
    if (nextIntendedNanos >= 0) {
      long now = System.nanoTime();
      if (nextIntendedNanos <= now) {
        dispatchDue(now);
      }
    }
  }

  private void advance() {
    long next = schedule.next();
    nextIntendedNanos = next < 0 ? -1 : worker.startNanos() + next;
    if (nextIntendedNanos >= worker.measureStartNanos() && worker.scheduledQuota()) {
      nextIntendedNanos = -1;
    }
    over = nextIntendedNanos < 0;
  }

  /** Idle connections rest: requests come from the schedule, through the backlog. */
  @Override
  public boolean fill(LoadConnection idle) {
    return false;
  }

  @Override
  public void connectFailed(LoadConnection c) {
    worker.failOldestWaiting();
  }

  @Override
  public boolean wantsConnections() {
    return worker.requestsWaiting();
  }

  @Override
  public boolean exhausted() {
    return over;
  }

  @Override
  public void stop() {
    nextIntendedNanos = -1;
    over = true;
  }
}
