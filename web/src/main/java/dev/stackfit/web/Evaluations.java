package dev.stackfit.web;

import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.history.EvaluationSummary;
import dev.stackfit.core.history.NewEvaluation;
import dev.stackfit.core.history.SavedEvaluation;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.evidence.LabResultJson;
import dev.stackfit.formats.profile.ProfileWriter;
import dev.stackfit.formats.report.EvaluationJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Evaluates profiles, saves them and finds them again, for the pages, the API and the team
 * sessions. A saved evaluation is rebuilt from its stored profile on its original day and seed,
 * with any attached PoC lab result as evidence; the engine reproduces it exactly as long as the
 * catalog is unchanged. Rebuilt results are kept in a small cache keyed by id and the SHA-256 of
 * the lab result, so a lab result attached by another server on the same database is seen too. The
 * cache holds only the {@link Evaluation}, never the stored JSON, to keep what survives a request
 * small. Speaks no HTTP: an unknown id is an empty answer, a stored profile the catalog no longer
 * fits a {@link StaleProfileException}; the routes turn them into answers. Thread-safe.
 */
public final class Evaluations {
  private static final int CACHE_ENTRIES = 64;

  private final WebConfig config;
  // One evaluation per core at a time (see working()); fair, so requests are served in order.
  private final Semaphore working =
      new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
  private final Map<String, Evaluation> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Evaluation> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };

  public Evaluations(WebConfig config) {
    this.config = config;
  }

  /** A saved evaluation with its full result. */
  public record Evaluated(SavedEvaluation saved, Evaluation evaluation) {
    public String id() {
      return saved.id();
    }
  }

  /** Parses profile text (YAML or JSON); problems name {@code sourceName}. */
  Profile parse(String text, String sourceName) throws InvalidInputException {
    return config.profileReader().parse(text, sourceName);
  }

  Evaluated evaluateAndSave(Profile profile) {
    return working(() -> evaluateAndSaveNow(profile));
  }

  private Evaluated evaluateAndSaveNow(Profile profile) {
    Instant now = config.clock().instant();
    Evaluation evaluation = evaluateNow(profile, day(now), Optional.empty());
    String json = EvaluationJson.writeCompact(evaluation);
    Optional<String> winner = evaluation.winner().map(r -> r.framework().id());
    SavedEvaluation saved =
        config
            .store()
            .save(
                new NewEvaluation(
                    profile.name(), ProfileWriter.toYaml(profile), json, winner, now));
    // Not cached: under API load most saved evaluations are never viewed, and keeping each one for
    // a while only promotes garbage into the old generation. A page view rebuilds it (2-3 ms).
    return new Evaluated(saved, evaluation);
  }

  /** The saved evaluation, without rebuilding its result. */
  public Optional<SavedEvaluation> findSaved(String id) {
    return config.store().find(id);
  }

  /**
   * The saved evaluation with its full result as it was on its day and its attached lab result,
   * rebuilt when not cached.
   *
   * @throws StaleProfileException when the catalog no longer fits its profile
   */
  public Optional<Evaluated> find(String id) {
    return findSaved(id).map(saved -> new Evaluated(saved, original(saved)));
  }

  /**
   * The profile evaluated against today's catalog, without evidence (for reassessment).
   *
   * @throws StaleProfileException when the catalog no longer fits the profile
   */
  public Evaluation today(String profileYaml) {
    Profile profile =
        parseSaved(
            profileYaml,
            "recorded profile",
            "recorded profile names something this catalog no longer has");
    return evaluate(profile, today(), Optional.empty());
  }

  /** Today in UTC by the configured clock. */
  public LocalDate today() {
    return day(config.clock().instant());
  }

  List<EvaluationSummary> list(int limit, int offset) {
    return config.store().list(limit, offset);
  }

  /**
   * The stored recommend JSON (docs/contracts/recommend-json.md) with {@code id} and {@code
   * permalink} first. Spliced into the stored text rather than parsed and written again, so the
   * answer is the stored document byte for byte and costs no second serialisation.
   */
  static String jsonWithId(SavedEvaluation saved) {
    String stored = saved.resultJson().stripLeading();
    if (!stored.startsWith("{")) {
      throw new InfrastructureException(
          "stored evaluation " + saved.id() + " is not a JSON object");
    }
    String rest = stored.substring(1);
    String separator = rest.strip().startsWith("}") ? "" : ",";
    return "{\"id\":\""
        + saved.id()
        + "\",\"permalink\":\"/evaluations/"
        + saved.id()
        + "\""
        + separator
        + rest;
  }

  /**
   * Attaches a PoC lab result (its JSON, checked first) to a saved evaluation; the results page and
   * its decision records then use the measurements as evidence.
   *
   * @return false when no evaluation has that id
   * @throws InvalidInputException naming every problem of the lab result
   */
  boolean attachLab(String id, String labResultJson) {
    LabResultJson.read(
        labResultJson, "lab result", framework -> config.catalog().find(framework).isPresent());
    return config.store().attachLabResult(id, labResultJson);
  }

  private Evaluation original(SavedEvaluation saved) {
    String key = key(saved);
    synchronized (recent) {
      Evaluation cached = recent.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Profile profile =
        parseSaved(
            saved.profileYaml(),
            "saved profile " + saved.id(),
            "evaluation "
                + saved.id()
                + " cannot be shown against this catalog; its JSON is still at /api/v1/evaluations/"
                + saved.id());
    Optional<Evidence> evidence =
        saved.labResultJson().map(json -> LabResultJson.read(json, "lab result of " + saved.id()));
    Evaluation evaluation = evaluate(profile, day(saved.createdAt()), evidence);
    synchronized (recent) {
      recent.put(key, evaluation);
    }
    return evaluation;
  }

  /** The id and what its result depends on besides the id: the attached lab result's digest. */
  private static String key(SavedEvaluation saved) {
    return saved.id() + ":" + saved.labResultJson().map(Evaluations::sha256).orElse("none");
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Parses a profile the store kept, which fails when the catalog changed since. */
  private Profile parseSaved(String yaml, String sourceName, String detail) {
    try {
      return parse(yaml, sourceName);
    } catch (InvalidInputException e) {
      throw new StaleProfileException(detail, e.problems());
    }
  }

  private Evaluation evaluate(Profile profile, LocalDate day, Optional<Evidence> evidence) {
    return working(() -> evaluateNow(profile, day, evidence));
  }

  /**
   * Runs CPU-bound work (an evaluation, its JSON and its save) once one of the {@link #working}
   * permits is free, in arrival order. Jetty runs up to 200 requests at once; without this, an
   * open-model burst had every one of them evaluating on two cores, each holding its megabytes of
   * intermediate results, so none finished for many seconds and each young collection copied them
   * all (docs/benchmarks.md, issue 21). Waiting requests hold only their body.
   */
  private <T> T working(Supplier<T> work) {
    try {
      working.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while waiting to evaluate", e);
    }
    try {
      return work.get();
    } finally {
      working.release();
    }
  }

  private Evaluation evaluateNow(Profile profile, LocalDate day, Optional<Evidence> evidence) {
    EvaluationOptions options =
        new EvaluationOptions(
            day, EvaluationOptions.DEFAULT_SEED, config.sensitivitySamples(), evidence);
    return Evaluator.evaluate(profile, config.catalog(), options);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
