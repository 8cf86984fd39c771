package dev.stackfit.cli.bench;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.LearningCurve;
import dev.stackfit.core.catalog.RequestModel;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.catalog.Structure;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.testing.TestFrameworks;
import dev.stackfit.formats.profile.ProfileReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full evaluation (constraints, six criteria, weights, advisories, sensitivity sampling with a
 * budget of 10,000 draws that stops once every share is known to ±0.01, and flips) of an example
 * profile ({@code -Dstackfit.profile}, enterprise-transactions by default, which stops at 1,000
 * draws; microservice-interop needs 9,750): against the shipped catalog, and against synthetic
 * catalogs of 100 and 1,000 frameworks to show how it scales. Run with bench/engine.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
  /** "shipped" = the real 27-framework catalog; a number = that many synthetic frameworks. */
  @Param({"shipped", "100", "1000"})
  public String catalog;

  private Catalog frameworks;
  private Profile profile;
  private EvaluationOptions options;

  @Setup
  public void setUp() {
    Catalog shipped =
        new CatalogLoader().load(Path.of(System.getProperty("stackfit.catalog", "catalog/data")));
    frameworks = catalog.equals("shipped") ? shipped : synthetic(Integer.parseInt(catalog));
    profile =
        ProfileReader.forCatalog(shipped)
            .read(
                Path.of(
                    System.getProperty(
                        "stackfit.profile", "examples/profiles/enterprise-transactions.yaml")));
    options = new EvaluationOptions(LocalDate.of(2026, 11, 26), 1, 10_000, Optional.empty());
  }

  @Benchmark
  public Evaluation evaluate() {
    return Evaluator.evaluate(profile, frameworks, options);
  }

  static Catalog synthetic(int count) {
    SplittableRandom random = new SplittableRandom(42);
    Language[] languages = Language.values();
    Runtime[] runtimes = Runtime.values();
    RequestModel[] models = RequestModel.values();
    List<Framework> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(
          TestFrameworks.framework(String.format("synthetic-%04d", i))
              .languages(languages[random.nextInt(languages.length)])
              .runtime(runtimes[random.nextInt(runtimes.length)])
              .model(models[random.nextInt(models.length)])
              .structure(random.nextBoolean() ? Structure.CONVENTION : Structure.FLEXIBLE)
              .curve(LearningCurve.values()[random.nextInt(3)])
              .firstRelease(2005 + random.nextInt(20))
              .fortunes(5_000 + random.nextInt(400_000))
              .build());
    }
    return new Catalog(LocalDate.of(2026, 8, 1), list);
  }
}
