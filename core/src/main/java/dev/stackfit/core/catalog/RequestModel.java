package dev.stackfit.core.catalog;

import dev.stackfit.core.Identified;

/**
 * How a framework handles concurrent requests.
 *
 * <p>{@link #asyncCodeStyle()} says whether application code must be written asynchronously
 * (promises, async/await, coroutines, reactive callbacks); {@link #lightweightConcurrency()} says
 * whether many thousands of in-flight requests are cheap.
 */
public enum RequestModel implements Identified {
  THREAD_PER_REQUEST(
      "thread-per-request", false, false, "synchronous, one worker thread or process per request"),
  EVENT_LOOP("event-loop", true, true, "asynchronous event loop"),
  ASYNC_AWAIT("async-await", true, true, "async/await on a task scheduler"),
  VIRTUAL_THREADS("virtual-threads", false, true, "blocking code on virtual threads"),
  GOROUTINES("goroutines", false, true, "blocking code on goroutines"),
  ACTORS("actors", false, true, "lightweight BEAM processes (actors)");

  private final String id;
  private final boolean asyncCodeStyle;
  private final boolean lightweightConcurrency;
  private final String description;

  RequestModel(
      String id, boolean asyncCodeStyle, boolean lightweightConcurrency, String description) {
    this.id = id;
    this.asyncCodeStyle = asyncCodeStyle;
    this.lightweightConcurrency = lightweightConcurrency;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  /** True when handlers are written with promises, async/await, coroutines or callbacks. */
  public boolean asyncCodeStyle() {
    return asyncCodeStyle;
  }

  /** True when tens of thousands of concurrent in-flight requests are cheap. */
  public boolean lightweightConcurrency() {
    return lightweightConcurrency;
  }

  /** A short phrase for reasons and tables. */
  public String description() {
    return description;
  }
}
