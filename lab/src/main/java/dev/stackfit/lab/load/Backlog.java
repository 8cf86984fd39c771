package dev.stackfit.lab.load;

/**
 * Requests that are due but have no connection yet, oldest first; a ring of primitive pairs so the
 * hot path allocates nothing.
 */
final class Backlog {
  private final long[] intendedNanos;
  private final long[] dispatchedNanos;
  private int head;
  private int size;

  Backlog(int capacity) {
    intendedNanos = new long[capacity];
    dispatchedNanos = new long[capacity];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds a request; the caller keeps size below capacity through the in-flight limit. */
  void add(long intended, long dispatched) {
    int tail = (head + size) % intendedNanos.length;
    intendedNanos[tail] = intended;
    dispatchedNanos[tail] = dispatched;
    size++;
  }

  long oldestIntended() {
    return intendedNanos[head];
  }

  long oldestDispatched() {
    return dispatchedNanos[head];
  }

  void removeOldest() {
    head = (head + 1) % intendedNanos.length;
    size--;
  }
}
