package dev.stackfit.lab.load;

import dev.stackfit.core.InfrastructureException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Writes each second's histograms to an HdrHistogram interval log (tags "latency" and "service",
 * values in microseconds), readable by HistogramLogProcessor and HdrHistogram's plotters.
 */
public final class HdrIntervalLog implements LoadListener, AutoCloseable {
  private final PrintStream out;
  private final HistogramLogWriter writer;
  private boolean started;

  public HdrIntervalLog(Path file) {
    try {
      this.out = new PrintStream(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write interval log " + file + ": " + e.getMessage(), e);
    }
    this.writer = new HistogramLogWriter(out);
  }

  @Override
  public void onInterval(Histogram latency, Histogram serviceTime) {
    if (!started) {
      long startMs = latency.getStartTimeStamp();
      writer.outputComment("stackfit load interval log; values in microseconds");
      writer.outputLogFormatVersion();
      writer.setBaseTime(startMs);
      writer.outputStartTime(startMs);
      writer.outputBaseTime(startMs);
      writer.outputLegend();
      started = true;
    }
    latency.setTag("latency");
    serviceTime.setTag("service");
    writer.outputIntervalHistogram(latency);
    writer.outputIntervalHistogram(serviceTime);
  }

  @Override
  public void close() {
    out.close();
  }
}
