package dev.stackfit.web;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.StackfitException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates profiles, saves them and finds them again. Pages need the full {@link Evaluation}; a
 * saved one is rebuilt from its stored profile on its original day and seed, which the engine
 * guarantees to reproduce as long as the catalog is unchanged. Thread-safe.
 */
final class Evaluations {
  private static final int CACHE_ENTRIES = 64;

  private final WebConfig config;
  private final Map<String, Evaluated> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Evaluated> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };

  Evaluations(WebConfig config) {
    this.config = config;
  }

  /** A saved evaluation with its full result. */
  record Evaluated(SavedEvaluation saved, Evaluation evaluation) {
    String id() {
      return saved.id();
    }
  }

  /** Parses profile text (YAML or JSON); problems name {@code sourceName}. */
  Profile parse(String text, String sourceName) throws InvalidInputException {
    return config.profileReader().parse(text, sourceName);
  }

  Evaluated evaluateAndSave(Profile profile) {
    Instant now = config.clock().instant();
    Evaluation evaluation = evaluate(profile, now);
    String json = EvaluationJson.writeCompact(evaluation);
    String winner = evaluation.winner().map(r -> r.framework().id()).orElse("");
    SavedEvaluation saved =
        config
            .store()
            .save(
                new NewEvaluation(
                    profile.name(), ProfileWriter.toYaml(profile), json, winner, now));
    Evaluated result = new Evaluated(saved, evaluation);
    synchronized (recent) {
      recent.put(saved.id(), result);
    }
    return result;
  }

  Optional<SavedEvaluation> findSaved(String id) {
    return config.store().find(id);
  }

  /** The saved evaluation with its full result, rebuilt when it is not in memory. */
  Optional<Evaluated> find(String id) {
    synchronized (recent) {
      Evaluated cached = recent.get(id);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    return config.store().find(id).map(this::rebuild);
  }

  List<EvaluationSummary> list(int limit, int offset) {
    return config.store().list(limit, offset);
  }

  /**
   * The stored §3 JSON with {@code id} and {@code permalink} first. Spliced into the stored text
   * rather than parsed and written again, so the answer is the stored document byte for byte and
   * costs no second serialisation.
   */
  static String jsonWithId(SavedEvaluation saved) {
    String stored = saved.resultJson().stripLeading();
    if (!stored.startsWith("{")) {
      throw new StackfitException("stored evaluation " + saved.id() + " is not a JSON object");
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

  private Evaluated rebuild(SavedEvaluation saved) {
    Profile profile;
    try {
      profile = parse(saved.profileYaml(), "saved profile " + saved.id());
    } catch (InvalidInputException e) {
      // The catalog changed since it was saved (a framework it names is gone).
      throw new HttpProblem(
          409,
          "stale-profile",
          "Saved profile no longer fits the catalog",
          "evaluation "
              + saved.id()
              + " cannot be shown against this catalog; its JSON is still at /api/v1/evaluations/"
              + saved.id(),
          e.problems());
    }
    Optional<Evidence> evidence =
        saved.labResultJson().map(json -> LabResultJson.read(json, "lab result of " + saved.id()));
    Evaluated result = new Evaluated(saved, evaluate(profile, saved.createdAt(), evidence));
    synchronized (recent) {
      recent.put(saved.id(), result);
    }
    return result;
  }

  /**
   * Attaches a PoC lab result (its JSON, checked first) to a saved evaluation; the results page and
   * its decision records then use the measurements as evidence.
   *
   * @return false when no evaluation has that id
   */
  boolean attachLab(String id, String labResultJson) {
    LabResultJson.read(labResultJson, "lab result");
    boolean attached = config.store().attachLabResult(id, labResultJson);
    synchronized (recent) {
      recent.remove(id);
    }
    return attached;
  }

  private Evaluation evaluate(Profile profile, Instant at) {
    return evaluate(profile, at, Optional.empty());
  }

  private Evaluation evaluate(Profile profile, Instant at, Optional<Evidence> evidence) {
    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
    EvaluationOptions options =
        new EvaluationOptions(
            day, EvaluationOptions.DEFAULT_SEED, config.sensitivitySamples(), evidence);
    return Evaluator.evaluate(profile, config.catalog(), options);
  }
}
