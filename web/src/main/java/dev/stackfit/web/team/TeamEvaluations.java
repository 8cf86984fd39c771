package dev.stackfit.web.team;

import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.evidence.Evidence;
import dev.stackfit.core.history.SavedEvaluation;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.evidence.LabResultJson;
import dev.stackfit.web.WebConfig;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Saved evaluations rebuilt in full (on their own day, for sessions and records) or evaluated
 * afresh (today, for reassessment). Rebuilt results are kept in a small cache. Thread-safe.
 */
final class TeamEvaluations {
  private static final int CACHE_ENTRIES = 32;

  private final WebConfig config;
  private final Map<String, Evaluation> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Evaluation> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };

  TeamEvaluations(WebConfig config) {
    this.config = config;
  }

  SavedEvaluation saved(String id) {
    return config
        .store()
        .find(id)
        .orElseThrow(() -> new NotFoundResponse("saved evaluation " + id + " does not exist"));
  }

  /**
   * The saved evaluation as it was on its day, with an attached PoC lab result as evidence (the
   * cache key includes the result, so attaching one later is seen).
   */
  Evaluation original(String id) {
    SavedEvaluation saved = saved(id);
    String key = id + ":" + saved.labResultJson().map(String::hashCode).orElse(0);
    synchronized (cache) {
      Evaluation cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Optional<Evidence> evidence =
        saved.labResultJson().map(json -> LabResultJson.read(json, "lab result of " + id));
    Evaluation evaluation =
        evaluate(
            saved.profileYaml(), LocalDate.ofInstant(saved.createdAt(), ZoneOffset.UTC), evidence);
    synchronized (cache) {
      cache.put(key, evaluation);
    }
    return evaluation;
  }

  /** The profile evaluated against today's catalog. */
  Evaluation today(String profileYaml) {
    return evaluate(profileYaml, today(), Optional.empty());
  }

  LocalDate today() {
    return LocalDate.ofInstant(config.clock().instant(), ZoneOffset.UTC);
  }

  private Evaluation evaluate(String profileYaml, LocalDate day, Optional<Evidence> evidence) {
    Profile profile = config.profileReader().parse(profileYaml, "recorded profile");
    EvaluationOptions options =
        new EvaluationOptions(
            day, EvaluationOptions.DEFAULT_SEED, config.sensitivitySamples(), evidence);
    return Evaluator.evaluate(profile, config.catalog(), options);
  }
}
