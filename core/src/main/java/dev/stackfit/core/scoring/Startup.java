package dev.stackfit.core.scoring;

import dev.stackfit.core.catalog.Fact;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Footprint;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Support;
import dev.stackfit.core.evidence.MeasuredCandidate;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a new instance of a framework takes to answer: measured in the team's PoC lab when it
 * was, else the catalog's figure for the framework, else a rough figure for its runtime (with its
 * native image when it has one), each saying which.
 *
 * @param ms start-up in milliseconds
 * @param basis where the figure comes from, for reasons
 */
record Startup(int ms, String basis) {
  static Startup of(Framework framework, MeasuredCandidate measured) {
    if (measured != null && measured.startupMs() > 0) {
      return new Startup(
          (int) Math.round(measured.startupMs()),
          String.format(Locale.ROOT, "measured in the PoC lab: %,.0f ms", measured.startupMs()));
    }
    Startup own = catalogOrRuntime(framework);
    boolean nativeImage =
        framework.support(Feature.NATIVE_BINARY) != Support.NONE
            && framework.runtime().value() != Runtime.NATIVE;
    if (nativeImage && NATIVE_IMAGE_MS < own.ms()) {
      return new Startup(
          NATIVE_IMAGE_MS,
          String.format(
              Locale.ROOT,
              "roughly %d ms as a native image, which %s supports (%s otherwise)",
              NATIVE_IMAGE_MS,
              framework.name(),
              own.basis()));
    }
    return own;
  }

  /** A native image (GraalVM, .NET Native AOT) answers within about this many milliseconds. */
  static final int NATIVE_IMAGE_MS = 100;

  private static Startup catalogOrRuntime(Framework framework) {
    Optional<Fact<Footprint>> footprint = framework.footprint();
    if (footprint.isPresent()) {
      Fact<Footprint> f = footprint.get();
      return new Startup(
          f.value().startupMs(),
          String.format(
              Locale.ROOT,
              "%,d ms to the first answer (%s, %s%s)",
              f.value().startupMs(),
              f.note().isEmpty() ? "catalog figure" : f.note(),
              f.asOf(),
              f.verificationSuffix()));
    }
    int ms =
        switch (framework.runtime().value()) {
          case NATIVE -> 20;
          case PHP -> 100;
          case NODE -> 300;
          case CPYTHON -> 700;
          case DOTNET -> 800;
          case RUBY, BEAM -> 1_500;
          case JVM -> 4_000;
        };
    return new Startup(
        ms,
        String.format(
            Locale.ROOT,
            "roughly %,d ms on %s (no figure for %s itself)",
            ms,
            Text.runtime(framework.runtime().value()),
            framework.name()));
  }

  String describe() {
    return "start-up " + basis;
  }
}
