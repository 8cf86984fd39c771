package dev.stackfit.lab.load;

/** Why a request failed; each kind is counted separately. */
public enum ErrorKind {
  /** The connection it needed could not be opened (refused, unreachable, connect timeout). */
  CONNECT,
  /** The connection broke or the response was malformed before it was complete. */
  READ,
  /** No complete response within the timeout after sending. */
  TIMEOUT,
  /** A complete response with an unexpected status. */
  STATUS,
  /** A complete response whose body lacked the expected text. */
  BODY
}
