package dev.stackfit.cli.bench;

import dev.stackfit.catalog.CatalogLoader;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.formats.profile.ProfileWriter;
import dev.stackfit.formats.report.EvaluationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steps of saving an evaluation from the web API, one by one: reading the profile, the engine,
 * the recommend JSON (docs/contracts/recommend-json.md) and the YAML copy of the profile. Run with
 * bench/engine.sh SavePipelineBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SavePipelineBenchmark {
  private ProfileReader reader;
  private String profileText;
  private Profile profile;
  private Catalog catalog;
  private EvaluationOptions options;
  private Evaluation evaluation;

  @Setup
  public void setUp() throws IOException {
    catalog = new CatalogLoader().load(Path.of("catalog/data"));
    reader = ProfileReader.forCatalog(catalog);
    profileText = Files.readString(Path.of("examples/profiles/enterprise-transactions.yaml"));
    profile = reader.parse(profileText, "bench");
    options = new EvaluationOptions(LocalDate.of(2026, 11, 26), 1, 10_000, Optional.empty());
    evaluation = Evaluator.evaluate(profile, catalog, options);
  }

  @Benchmark
  public Profile readProfile() {
    return reader.parse(profileText, "bench");
  }

  @Benchmark
  public Evaluation evaluate() {
    return Evaluator.evaluate(profile, catalog, options);
  }

  @Benchmark
  public String writeJson() {
    return EvaluationJson.writeCompact(evaluation);
  }

  @Benchmark
  public String writeProfileYaml() {
    return ProfileWriter.toYaml(profile);
  }
}
