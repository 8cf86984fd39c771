package dev.stackfit.core.profile;

import dev.stackfit.core.Identified;

/**
 * Why a service needs asynchronous I/O beyond websockets: where requests wait, so that many are in
 * flight at once.
 */
public enum AsyncIo implements Identified {
  /**
   * Calls to slow services (payment providers, language models, partner APIs) dominate requests.
   */
  SLOW_UPSTREAM("slow-upstream", "slow upstream calls"),
  /** The server streams responses: server-sent events, chunked bodies, gRPC streams. */
  STREAMING("streaming", "streamed responses"),
  /** Each request calls many services in parallel and combines their answers. */
  FAN_OUT("fan-out", "fan-out to many services per request"),
  /** Requests are held open for seconds: model serving, long polling, long computations. */
  LONG_REQUESTS("long-requests", "requests held open for seconds");

  private final String id;
  private final String description;

  AsyncIo(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @Override
  public String id() {
    return id;
  }

  /** A short phrase for reasons. */
  public String description() {
    return description;
  }
}
