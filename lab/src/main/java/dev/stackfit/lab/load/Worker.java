package dev.stackfit.lab.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives a share of the connections and of the load on one event loop: admission, the backlog,
 * sending, responses, timeouts and counting, for both load models; when to start requests is its
 * {@link Pacing}'s. Every field is touched only from that loop, so nothing here needs locks or
 * atomics.
 */
final class Worker {
  private final EventLoop loop;
  private final ByteBuf expectedBody;
  private final LoadPlan plan;
  private final Pacing pacing;
  private final long quota;
  private final int maxInFlight;
  private final ConnectionPool pool;
  private final Backlog backlog;
  private final Counters counters = new Counters();
  final Recorders recorders = new Recorders();
  private final StageStats stages;
  private long startNanos;
  private long measureStartNanos;
  private long endNanos;
  private boolean started;
  private int busy;
  private Future<?> timeoutScan;

  Worker(WorkerSetup setup, int index) {
    this.loop = setup.loop(index);
    this.expectedBody = setup.expectedBody();
    this.plan = setup.plan();
    this.pacing = Pacing.of(plan, this, index);
    int threads = plan.threads();
    this.quota =
        plan.maxRequests() == 0 ? Long.MAX_VALUE : share(plan.maxRequests(), index, threads);
    this.maxInFlight = (int) share(plan.sizing().maxInFlight(), index, threads);
    this.backlog = new Backlog(maxInFlight);
    this.stages = new StageStats(setup.measuredSegments());
    this.pool =
        new ConnectionPool(this, setup, (int) share(plan.sizing().connections(), index, threads));
  }

  EventLoop loop() {
    return loop;
  }

  boolean collectsBody() {
    return expectedBody != null;
  }

  /** Opens every connection before measuring; the promise gets how many opened. */
  Promise<Integer> open() {
    Promise<Integer> done = loop.newPromise();
    loop.execute(
        () -> {
          pool.connectAll();
          awaitConnects(done);
        });
    return done;
  }

  private void awaitConnects(Promise<Integer> done) {
    if (pool.connecting() == 0) {
      done.setSuccess(pool.idleCount());
    } else {
      loop.schedule(() -> awaitConnects(done), 1, TimeUnit.MILLISECONDS);
    }
  }

  long startNanos() {
    return startNanos;
  }

  long measureStartNanos() {
    return measureStartNanos;
  }

  /** True between the start and the planned end of the run. */
  boolean inRun(long now) {
    return started && now >= startNanos && now < endNanos;
  }

  /** True once the measured requests the quota allows were scheduled (open model). */
  boolean scheduledQuota() {
    return counters.scheduled >= quota;
  }

  /** True once the requests the quota allows were sent (closed model). */
  boolean sentQuota() {
    return counters.sent >= quota;
  }

  /**
   * Starts sending at {@code start}; everything intended before {@code measureStart} is warm-up.
   */
  void start(long start, long measureStart, long end, List<RateSegment> segments) {
    loop.execute(
        () -> {
          startNanos = start;
          measureStartNanos = measureStart;
          endNanos = end;
          started = true;
          long scanNanos = Math.clamp(plan.timeout().toNanos() / 4, 1_000_000L, 100_000_000L);
          timeoutScan =
              loop.scheduleAtFixedRate(
                  this::expireTimeouts, scanNanos, scanNanos, TimeUnit.NANOSECONDS);
          pacing.begin(Math.max(0, start - System.nanoTime()), segments);
        });
  }

  /** A request is due at {@code intended}: send it, queue it for a connection or drop it. */
  void dispatch(long intended, long now) {
    boolean measured = intended >= measureStartNanos;
    if (measured) {
      counters.scheduled++;
      stages.scheduled(intended - measureStartNanos);
    }
    if (busy + backlog.size() >= maxInFlight) {
      if (measured) {
        counters.dropped++;
      }
      return;
    }
    if (measured) {
      Recorders.record(recorders.scheduleLag, now - intended);
    }
    LoadConnection c = pool.pollIdle();
    if (c != null) {
      send(c, intended, now);
      return;
    }
    backlog.add(intended, now);
    if (measured) {
      counters.maxBacklog = Math.max(counters.maxBacklog, backlog.size());
    }
    pool.connectUpTo(backlog.size());
  }

  void send(LoadConnection c, long intended, long dispatched) {
    long now = System.nanoTime();
    boolean measured = intended >= measureStartNanos;
    if (measured) {
      counters.sent++;
      Recorders.record(recorders.connectionWait, now - dispatched);
    }
    c.begin(intended, now, measured);
    busy++;
    c.write();
  }

  /** A connection is free: give it the oldest waiting request, what the pacing sends, or rest. */
  void onIdle(LoadConnection c) {
    if (!backlog.isEmpty()) {
      long intended = backlog.oldestIntended();
      long dispatched = backlog.oldestDispatched();
      backlog.removeOldest();
      send(c, intended, dispatched);
    } else if (!pacing.fill(c)) {
      pool.parkIdle(c);
      pacing.sendDue();
    }
  }

  /** Offers every idle connection to the pacing and opens the rest (closed model's start). */
  void fillIdleConnections() {
    for (int i = pool.idleCount(); i > 0; i--) {
      onIdle(pool.pollIdle());
    }
    pool.connectUpTo(Integer.MAX_VALUE);
  }

  /** True while requests wait in the backlog for a connection. */
  boolean requestsWaiting() {
    return !backlog.isEmpty();
  }

  void onResponse(LoadConnection c) {
    boolean statusOk = plan.check().statusOk(c.status);
    boolean bodyOk = expectedBody == null || ByteBufUtil.indexOf(expectedBody, c.body()) >= 0;
    complete(c, !statusOk ? ErrorKind.STATUS : bodyOk ? null : ErrorKind.BODY, true);
    if (c.keepAlive) {
      onIdle(c);
    } else {
      pool.drop(c);
      reconnectIfNeeded(c);
    }
  }

  /** The response could not be decoded. */
  void onBroken(LoadConnection c) {
    complete(c, ErrorKind.READ, false);
    pool.drop(c);
    reconnectIfNeeded(c);
  }

  /** Unreadable bytes arrived while no request was outstanding: the connection is let go. */
  void onStray(LoadConnection c) {
    pool.drop(c);
    reconnectIfNeeded(c);
  }

  void onClosed(LoadConnection c) {
    if (c.state == LoadConnection.State.BUSY) {
      complete(c, ErrorKind.READ, false);
    }
    pool.onClosed(c);
    reconnectIfNeeded(c);
  }

  void onConnectFailed(LoadConnection c) {
    pacing.connectFailed(c);
  }

  /** The oldest waiting request needed the connection that failed: it fails, and is counted. */
  void failOldestWaiting() {
    if (backlog.isEmpty()) {
      return;
    }
    if (backlog.oldestIntended() >= measureStartNanos) {
      counters.errors[ErrorKind.CONNECT.ordinal()]++;
      stages.completed(backlog.oldestIntended() - measureStartNanos, -1, 0, true);
    }
    backlog.removeOldest();
    pool.connectUpTo(backlog.size());
  }

  /** Counts a failed connection attempt made for no request in particular, once measuring. */
  void countConnectFailure() {
    if (System.nanoTime() >= measureStartNanos) {
      counters.errors[ErrorKind.CONNECT.ordinal()]++;
    }
  }

  private void complete(LoadConnection c, ErrorKind error, boolean responded) {
    busy--;
    long now = System.nanoTime();
    if (!c.measured) {
      return;
    }
    // A no-op in the closed model, which has no steps.
    stages.completed(
        c.intendedNanos - measureStartNanos,
        responded ? now - c.intendedNanos : -1,
        now - c.sentNanos,
        error != null);
    if (responded) {
      counters.responses++;
      counters.lastResponseNanos = now;
      Recorders.record(recorders.latency, now - c.intendedNanos);
      Recorders.record(recorders.service, now - c.sentNanos);
    }
    if (error == null) {
      counters.ok++;
    } else {
      counters.errors[error.ordinal()]++;
    }
  }

  void reconnectIfNeeded(LoadConnection c) {
    if (c.state == LoadConnection.State.DISCONNECTED && pacing.wantsConnections()) {
      pool.connect(c);
    }
  }

  private void expireTimeouts() {
    long now = System.nanoTime();
    long timeoutNanos = plan.timeout().toNanos();
    for (LoadConnection c : pool.slots()) {
      if (c.state == LoadConnection.State.BUSY && now - c.sentNanos > timeoutNanos) {
        complete(c, ErrorKind.TIMEOUT, false);
        pool.drop(c);
        reconnectIfNeeded(c);
      }
    }
  }

  /** Counts as of now, with the current backlog and in-flight numbers; call on the loop. */
  Counters snapshot() {
    Counters copy = counters.copy();
    copy.backlog = backlog.size();
    copy.inFlight = busy + backlog.size();
    return copy;
  }

  /** True once nothing more will be sent and nothing is outstanding; call on the loop. */
  boolean finished() {
    return started && pacing.exhausted() && busy == 0 && backlog.isEmpty();
  }

  /** Stops everything, counting requests still waiting for a connection; call on the loop. */
  Counters finish() {
    counters.unsentAtEnd = backlog.size();
    pacing.stop();
    if (timeoutScan != null) {
      timeoutScan.cancel(false);
    }
    pool.closeAll();
    return snapshot();
  }

  /** Per-step results; call on the loop after {@link #finish}. */
  StageStats stages() {
    return stages;
  }

  private static long share(long total, int index, int parts) {
    return total / parts + (index < total % parts ? 1 : 0);
  }
}
