package dev.stackfit.lab.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The open model's target rate over the measured duration, in requests per second. */
public sealed interface RateCurve {

  /** Splits the curve over a run of the given length into linear segments. */
  List<RateSegment> segments(long durationNanos);

  /** The rate at the start, also used for the warm-up. */
  double initialRatePerSec();

  /** The highest rate anywhere on the curve; connection sizing uses it. */
  double peakRatePerSec();

  /** A short human description such as "1000/s constant". */
  String describe();

  /** The same rate throughout. */
  record Constant(double ratePerSec) implements RateCurve {
    public Constant {
      positive(ratePerSec);
    }

    @Override
    public List<RateSegment> segments(long durationNanos) {
      return List.of(new RateSegment(durationNanos, ratePerSec, ratePerSec));
    }

    @Override
    public double initialRatePerSec() {
      return ratePerSec;
    }

    @Override
    public double peakRatePerSec() {
      return ratePerSec;
    }

    @Override
    public String describe() {
      return rate(ratePerSec);
    }
  }

  /** A linear ramp from one rate to another across the whole duration. */
  record Ramp(double fromRatePerSec, double toRatePerSec) implements RateCurve {
    public Ramp {
      if (fromRatePerSec < 0 || !(toRatePerSec >= 0) || fromRatePerSec + toRatePerSec <= 0) {
        throw new IllegalArgumentException(
            "a ramp needs rates >= 0, not both 0: " + fromRatePerSec + ".." + toRatePerSec);
      }
      atMostMax(fromRatePerSec);
      atMostMax(toRatePerSec);
    }

    @Override
    public List<RateSegment> segments(long durationNanos) {
      return List.of(new RateSegment(durationNanos, fromRatePerSec, toRatePerSec));
    }

    @Override
    public double initialRatePerSec() {
      return fromRatePerSec;
    }

    @Override
    public double peakRatePerSec() {
      return Math.max(fromRatePerSec, toRatePerSec);
    }

    @Override
    public String describe() {
      return "ramp " + rate(fromRatePerSec) + " to " + rate(toRatePerSec);
    }
  }

  /** A staircase: the duration is split evenly between the rates, in order. */
  record Steps(List<Double> ratesPerSec) implements RateCurve {
    public Steps {
      ratesPerSec = List.copyOf(ratesPerSec);
      if (ratesPerSec.isEmpty()) {
        throw new IllegalArgumentException("a staircase needs at least one step");
      }
      ratesPerSec.forEach(RateCurve::positive);
    }

    @Override
    public List<RateSegment> segments(long durationNanos) {
      List<RateSegment> segments = new ArrayList<>();
      long each = durationNanos / ratesPerSec.size();
      for (int i = 0; i < ratesPerSec.size(); i++) {
        long length = i == ratesPerSec.size() - 1 ? durationNanos - each * i : each;
        segments.add(new RateSegment(length, ratesPerSec.get(i), ratesPerSec.get(i)));
      }
      return segments;
    }

    @Override
    public double initialRatePerSec() {
      return ratesPerSec.get(0);
    }

    @Override
    public double peakRatePerSec() {
      return ratesPerSec.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    @Override
    public String describe() {
      return "steps " + ratesPerSec.stream().map(RateCurve::rate).collect(Collectors.joining(", "));
    }
  }

  /**
   * The highest rate a curve may ask for: far above what one generator can send (docs/load.md
   * measured about 20,000/s on two cores), and low enough that scheduling stays cheap.
   */
  double MAX_RATE = 1_000_000;

  private static void positive(double ratePerSec) {
    if (!(ratePerSec > 0) || Double.isInfinite(ratePerSec)) {
      throw new IllegalArgumentException(
          "a rate must be more than 0 requests per second, got " + ratePerSec);
    }
    atMostMax(ratePerSec);
  }

  private static void atMostMax(double ratePerSec) {
    if (ratePerSec > MAX_RATE) {
      throw new IllegalArgumentException(
          "a rate must be at most "
              + rate(MAX_RATE)
              + " (requests per second), got "
              + rate(ratePerSec));
    }
  }

  private static String rate(double ratePerSec) {
    return (ratePerSec == Math.rint(ratePerSec)
            ? String.valueOf((long) ratePerSec)
            : String.format(Locale.ROOT, "%.2f", ratePerSec))
        + "/s";
  }
}
