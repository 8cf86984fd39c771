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
    long now = System.nanoTime();
    while (nextIntendedNanos >= 0 && nextIntendedNanos <= now) {
      worker.dispatch(nextIntendedNanos, now);
      advance();
    }
    if (nextIntendedNanos >= 0) {
      worker.loop().schedule(tick, nextIntendedNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
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
