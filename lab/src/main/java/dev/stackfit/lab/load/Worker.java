package dev.stackfit.lab.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives a share of the connections and of the schedule on one event loop; every field is touched
 * only from that loop, so nothing here needs locks or atomics.
 */
final class Worker {
  private final EventLoop loop;
  private final Bootstrap bootstrap;
  private final InetSocketAddress address;
  private final ByteBuf request;
  private final ByteBuf expectedBody;
  private final boolean headRequests;
  private final LoadPlan plan;
  private final long quota;
  private final int maxInFlight;
  private final LoadConnection[] connections;
  private final ArrayDeque<LoadConnection> idle;
  private final Backlog backlog;
  private final Counters counters = new Counters();
  final Recorders recorders = new Recorders();
  private ArrivalSchedule schedule;
  private long measureStartNanos;
  private long endNanos;
  private long nextIntendedNanos = -1;
  private long startNanos;
  private boolean started;
  private int busy;
  private int connecting;
  private boolean scheduleOver;
  private Future<?> timeoutScan;

  Worker(WorkerSetup setup, int index) {
    this.loop = setup.loop(index);
    this.bootstrap = setup.bootstrap().clone(loop);
    this.address = setup.address();
    this.request = setup.request();
    this.expectedBody = setup.expectedBody();
    this.headRequests = "HEAD".equals(setup.plan().request().method());
    this.plan = setup.plan();
    this.quota =
        plan.maxRequests() == 0 ? Long.MAX_VALUE : share(plan.maxRequests(), index, plan.threads());
    this.maxInFlight = (int) share(plan.sizing().maxInFlight(), index, plan.threads());
    this.connections =
        new LoadConnection[(int) share(plan.sizing().connections(), index, plan.threads())];
    this.idle = new ArrayDeque<>(connections.length);
    this.backlog = new Backlog(maxInFlight);
    for (int i = 0; i < connections.length; i++) {
      connections[i] = new LoadConnection(this);
    }
  }

  EventLoop loop() {
    return loop;
  }

  boolean collectsBody() {
    return expectedBody != null;
  }

  /** Opens every connection before measuring; the promise completes once all attempts ended. */
  Promise<Integer> open() {
    Promise<Integer> done = loop.newPromise();
    loop.execute(
        () -> {
          for (LoadConnection c : connections) {
            connect(c);
          }
          awaitConnects(done);
        });
    return done;
  }

  private void awaitConnects(Promise<Integer> done) {
    if (connecting == 0) {
      done.setSuccess(idle.size());
    } else {
      loop.schedule(() -> awaitConnects(done), 1, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Starts sending at {@code start}; everything intended before {@code measureStart} is warm-up.
   */
  void start(long start, long measureStart, long end, List<RateSegment> segments, int index) {
    loop.execute(
        () -> {
          startNanos = start;
          started = true;
          measureStartNanos = measureStart;
          endNanos = end;
          long scanNanos = Math.clamp(plan.timeout().toNanos() / 4, 1_000_000L, 100_000_000L);
          timeoutScan =
              loop.scheduleAtFixedRate(
                  this::expireTimeouts, scanNanos, scanNanos, TimeUnit.NANOSECONDS);
          if (plan.mode() == LoadMode.OPEN) {
            schedule =
                new ArrivalSchedule(segments, index, plan.threads(), plan.arrival(), plan.seed());
            advance();
            loop.schedule(this::tick, Math.max(0, start - System.nanoTime()), TimeUnit.NANOSECONDS);
          } else {
            loop.schedule(
                this::startClosed, Math.max(0, start - System.nanoTime()), TimeUnit.NANOSECONDS);
          }
        });
  }

  private void tick() {
    long now = System.nanoTime();
    while (nextIntendedNanos >= 0 && nextIntendedNanos <= now) {
      dispatch(nextIntendedNanos, now);
      advance();
    }
    if (nextIntendedNanos >= 0) {
      loop.schedule(this::tick, nextIntendedNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
  }

  private void advance() {
    long next = schedule.next();
    nextIntendedNanos = next < 0 ? -1 : startNanos + next;
    if (nextIntendedNanos >= measureStartNanos && counters.scheduled >= quota) {
      nextIntendedNanos = -1;
    }
    scheduleOver = nextIntendedNanos < 0;
  }

  private void dispatch(long intended, long now) {
    boolean measured = intended >= measureStartNanos;
    if (measured) {
      counters.scheduled++;
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
    LoadConnection c = idle.poll();
    if (c != null) {
      send(c, intended, now);
      return;
    }
    backlog.add(intended, now);
    if (measured) {
      counters.maxBacklog = Math.max(counters.maxBacklog, backlog.size());
    }
    ensureConnecting();
  }

  private void send(LoadConnection c, long intended, long dispatched) {
    long now = System.nanoTime();
    boolean measured = intended >= measureStartNanos;
    if (measured) {
      counters.sent++;
      Recorders.record(recorders.connectionWait, now - dispatched);
    }
    c.begin(intended, now, measured);
    busy++;
    c.channel.writeAndFlush(request.duplicate(), c.channel.voidPromise());
  }

  /**
   * A connection is free: give it the oldest waiting request, the next closed-model one, or rest.
   */
  private void onIdle(LoadConnection c) {
    c.state = LoadConnection.State.IDLE;
    if (!backlog.isEmpty()) {
      long intended = backlog.oldestIntended();
      long dispatched = backlog.oldestDispatched();
      backlog.removeOldest();
      send(c, intended, dispatched);
    } else if (plan.mode() == LoadMode.CLOSED && closedMaySend()) {
      long now = System.nanoTime();
      send(c, now, now);
    } else {
      idle.add(c);
    }
  }

  private boolean closedMaySend() {
    long now = System.nanoTime();
    return started && now >= startNanos && now < endNanos && counters.sent < quota;
  }

  private void startClosed() {
    for (int i = idle.size(); i > 0; i--) {
      onIdle(idle.poll());
    }
    for (LoadConnection c : connections) {
      if (c.state == LoadConnection.State.DISCONNECTED) {
        connect(c);
      }
    }
  }

  void onResponse(LoadConnection c) {
    boolean statusOk = plan.check().statusOk(c.status);
    boolean bodyOk = expectedBody == null || ByteBufUtil.indexOf(expectedBody, c.body()) >= 0;
    ErrorKind error = !statusOk ? ErrorKind.STATUS : bodyOk ? null : ErrorKind.BODY;
    complete(c, error, true);
    if (c.keepAlive) {
      onIdle(c);
    } else {
      drop(c);
      reconnectIfNeeded(c);
    }
  }

  void onBroken(LoadConnection c) {
    complete(c, ErrorKind.READ, false);
    drop(c);
    reconnectIfNeeded(c);
  }

  void onClosed(LoadConnection c) {
    if (c.state == LoadConnection.State.BUSY) {
      complete(c, ErrorKind.READ, false);
    } else if (c.state == LoadConnection.State.IDLE) {
      idle.remove(c);
    }
    c.channel = null;
    c.state = LoadConnection.State.DISCONNECTED;
    reconnectIfNeeded(c);
  }

  private void complete(LoadConnection c, ErrorKind error, boolean responded) {
    busy--;
    long now = System.nanoTime();
    if (c.measured) {
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
    c.state = LoadConnection.State.IDLE;
  }

  private void drop(LoadConnection c) {
    Channel ch = c.channel;
    c.channel = null;
    c.state = LoadConnection.State.DISCONNECTED;
    if (ch != null) {
      ch.close();
    }
  }

  private void reconnectIfNeeded(LoadConnection c) {
    if (plan.mode() == LoadMode.CLOSED ? closedMaySend() : !backlog.isEmpty()) {
      ensureConnecting(c);
    }
  }

  private void ensureConnecting(LoadConnection preferred) {
    if (preferred.state == LoadConnection.State.DISCONNECTED) {
      connect(preferred);
    }
    ensureConnecting();
  }

  private void ensureConnecting() {
    if (plan.mode() == LoadMode.CLOSED) {
      return;
    }
    for (int i = 0; i < connections.length && connecting < backlog.size(); i++) {
      if (connections[i].state == LoadConnection.State.DISCONNECTED) {
        connect(connections[i]);
      }
    }
  }

  private void connect(LoadConnection c) {
    c.state = LoadConnection.State.CONNECTING;
    connecting++;
    ChannelFuture future = bootstrap.connect(address);
    c.channel = future.channel();
    c.channel.pipeline().addLast(new ResponseDecoder(headRequests), c);
    future.addListener(f -> onConnectDone(c, f.isSuccess()));
  }

  private void onConnectDone(LoadConnection c, boolean success) {
    connecting--;
    if (c.state != LoadConnection.State.CONNECTING) {
      return;
    }
    if (success) {
      onIdle(c);
      return;
    }
    c.channel = null;
    c.state = LoadConnection.State.DISCONNECTED;
    long now = System.nanoTime();
    if (plan.mode() == LoadMode.OPEN && !backlog.isEmpty()) {
      failOldestWaiting();
      ensureConnecting();
    } else if (plan.mode() == LoadMode.CLOSED && closedMaySend()) {
      if (now >= measureStartNanos) {
        counters.errors[ErrorKind.CONNECT.ordinal()]++;
      }
      loop.schedule(() -> reconnectIfNeeded(c), 10, TimeUnit.MILLISECONDS);
    }
  }

  private void failOldestWaiting() {
    if (backlog.oldestIntended() >= measureStartNanos) {
      counters.errors[ErrorKind.CONNECT.ordinal()]++;
    }
    backlog.removeOldest();
  }

  private void expireTimeouts() {
    long now = System.nanoTime();
    long timeoutNanos = plan.timeout().toNanos();
    for (LoadConnection c : connections) {
      if (c.state == LoadConnection.State.BUSY && now - c.sentNanos > timeoutNanos) {
        complete(c, ErrorKind.TIMEOUT, false);
        drop(c);
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
    boolean noMore = plan.mode() == LoadMode.OPEN ? scheduleOver : !closedMaySend();
    return noMore && busy == 0 && backlog.isEmpty() && started;
  }

  /** Stops everything, counting requests still waiting for a connection; call on the loop. */
  Counters finish() {
    counters.unsentAtEnd = backlog.size();
    nextIntendedNanos = -1;
    scheduleOver = true;
    endNanos = 0;
    if (timeoutScan != null) {
      timeoutScan.cancel(false);
    }
    for (LoadConnection c : connections) {
      drop(c);
    }
    return snapshot();
  }

  private static long share(long total, int index, int parts) {
    return total / parts + (index < total % parts ? 1 : 0);
  }
}
