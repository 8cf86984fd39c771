package dev.stackfit.lab.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * One worker's connection slots: which are idle, which are connecting, and (re)connecting them.
 * Used only from the worker's event loop.
 */
final class ConnectionPool {
  private final Worker worker;
  private final Bootstrap bootstrap;
  private final InetSocketAddress address;
  private final boolean headRequests;
  private final LoadConnection[] slots;
  private final ArrayDeque<LoadConnection> idle;
  private int connecting;

  ConnectionPool(Worker worker, WorkerSetup setup, int size) {
    this.worker = worker;
    this.bootstrap = setup.bootstrap().clone(worker.loop());
    this.address = setup.address();
    this.headRequests = "HEAD".equals(setup.plan().request().method());
    this.slots = new LoadConnection[size];
    this.idle = new ArrayDeque<>(size);
    for (int i = 0; i < size; i++) {
      slots[i] = new LoadConnection(worker, setup.request());
    }
  }

  LoadConnection[] slots() {
    return slots;
  }

  int idleCount() {
    return idle.size();
  }

  int connecting() {
    return connecting;
  }

  /** An idle connected slot, or null when none is free. */
  LoadConnection pollIdle() {
    return idle.poll();
  }

  void parkIdle(LoadConnection c) {
    c.state = LoadConnection.State.IDLE;
    idle.add(c);
  }

  void connectAll() {
    for (LoadConnection c : slots) {
      connect(c);
    }
  }

  /** Starts connects on disconnected slots until {@code wanted} are under way (or none is left). */
  void connectUpTo(int wanted) {
    for (int i = 0; i < slots.length && connecting < wanted; i++) {
      if (slots[i].state == LoadConnection.State.DISCONNECTED) {
        connect(slots[i]);
      }
    }
  }

  void connect(LoadConnection c) {
    c.state = LoadConnection.State.CONNECTING;
    connecting++;
    ChannelFuture future = bootstrap.connect(address);
    c.attach(future.channel(), headRequests);
    future.addListener(f -> onConnectDone(c, f.isSuccess()));
  }

  private void onConnectDone(LoadConnection c, boolean success) {
    connecting--;
    if (c.state != LoadConnection.State.CONNECTING) {
      return;
    }
    if (success) {
      worker.onIdle(c);
    } else {
      c.channel = null;
      c.state = LoadConnection.State.DISCONNECTED;
      worker.onConnectFailed(c);
    }
  }

  /** The slot's channel was closed by the other side: forget it. */
  void onClosed(LoadConnection c) {
    if (c.state == LoadConnection.State.IDLE) {
      idle.remove(c);
    }
    c.channel = null;
    c.state = LoadConnection.State.DISCONNECTED;
  }

  /** Closes the slot's channel; its later events are ignored because the slot let go first. */
  void drop(LoadConnection c) {
    if (c.state == LoadConnection.State.IDLE) {
      idle.remove(c);
    }
    Channel ch = c.channel;
    c.channel = null;
    c.state = LoadConnection.State.DISCONNECTED;
    if (ch != null) {
      ch.close();
    }
  }

  void closeAll() {
    idle.clear();
    for (LoadConnection c : slots) {
      drop(c);
    }
  }
}
