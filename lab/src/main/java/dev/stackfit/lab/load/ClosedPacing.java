package dev.stackfit.lab.load;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The closed model (wrk-style): every connection sends its next request as soon as the previous
 * response arrives, from the start until the end of the run or the request quota.
 */
final class ClosedPacing implements Pacing {
  private final Worker worker;
  private boolean sending;

  ClosedPacing(Worker worker) {
    this.worker = worker;
  }

  @Override
  public void begin(long delayNanos, List<RateSegment> segments) {
    sending = true;
    worker.loop().schedule(worker::fillIdleConnections, delayNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public boolean fill(LoadConnection idle) {
    if (!maySend()) {
      return false;
    }
    long now = System.nanoTime();
    worker.send(idle, now, now);
    return true;
  }

  @Override
  public void sendDue() {
    // Nothing is due in the closed model: fill already gave the connection its next request.
  }

  @Override
  public void connectFailed(LoadConnection c) {
    if (!maySend()) {
      return;
    }
    worker.countConnectFailure();
    // Back off so a refusing server does not turn the generator into a connect loop.
    worker.loop().schedule(() -> worker.reconnectIfNeeded(c), 10, TimeUnit.MILLISECONDS);
  }

  @Override
  public boolean wantsConnections() {
    return maySend();
  }

  @Override
  public boolean exhausted() {
    return !maySend();
  }

  @Override
  public void stop() {
    sending = false;
  }

  private boolean maySend() {
    return sending && worker.inRun(System.nanoTime()) && !worker.sentQuota();
  }
}
