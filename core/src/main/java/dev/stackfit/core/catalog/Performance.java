package dev.stackfit.core.catalog;

/**
 * Peak-tuned lab throughput from TechEmpower Framework Benchmarks, for the framework's own test
 * variant. These are upper bounds on big hardware, not what an application will see.
 *
 * @param variant the TFB test variant the figures come from ("django", "spring")
 * @param jsonRps JSON serialization test, requests per second; 0 when not measured
 * @param fortunesRps Fortunes test (database query, sorting, HTML templating), requests per second;
 *     0 when not measured
 * @param hardwareThreads hardware threads of the benchmark machine, to derive per-core figures
 */
public record Performance(String variant, double jsonRps, double fortunesRps, int hardwareThreads) {
  public Performance {
    if (variant == null || jsonRps < 0 || fortunesRps < 0 || hardwareThreads <= 0) {
      throw new IllegalArgumentException(
          "performance needs a variant, non-negative rates, threads > 0");
    }
  }
}
