package dev.stackfit.lab.load;

import org.HdrHistogram.Histogram;

/**
 * Hears about a run while it goes; called from the thread that called {@link LoadGenerator#run}.
 */
public interface LoadListener {
  /** A listener that ignores everything. */
  LoadListener NONE = new LoadListener() {};

  /** A listener that passes every call on to each of the given ones, in order. */
  static LoadListener all(LoadListener... listeners) {
    return new LoadListener() {
      @Override
      public void onProgress(LoadProgress progress) {
        for (LoadListener l : listeners) {
          l.onProgress(progress);
        }
      }

      @Override
      public void onInterval(Histogram latency, Histogram serviceTime) {
        for (LoadListener l : listeners) {
          l.onInterval(latency.copy(), serviceTime.copy());
        }
      }
    };
  }

  /** About once a second. */
  default void onProgress(LoadProgress progress) {}

  /**
   * The measured interval just ended, in microseconds, with start and end time stamps set; the
   * histograms are the listener's to keep.
   */
  default void onInterval(Histogram latency, Histogram serviceTime) {}
}
