package dev.stackfit.lab.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * One worker's histograms, in microseconds from 1 us to 1 hour at 3 significant digits; written by
 * the worker's event loop, read as interval snapshots by the reporter without stopping it.
 */
final class Recorders {
  static final long HIGHEST_MICROS = 3_600_000_000L;
  static final int DIGITS = 3;

  final SingleWriterRecorder latency = recorder();
  final SingleWriterRecorder service = recorder();
  final SingleWriterRecorder scheduleLag = recorder();
  final SingleWriterRecorder connectionWait = recorder();

  static Histogram histogram() {
    return new Histogram(1, HIGHEST_MICROS, DIGITS);
  }

  static void record(SingleWriterRecorder recorder, long nanos) {
    recorder.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1000)));
  }

  private static SingleWriterRecorder recorder() {
    return new SingleWriterRecorder(1, HIGHEST_MICROS, DIGITS);
  }
}
