package dev.stackfit.web.team;

import dev.stackfit.core.evaluation.Evaluation;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.evaluation.Evaluator;
import dev.stackfit.core.history.SavedEvaluation;
import dev.stackfit.core.profile.Profile;
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

  /** The saved evaluation as it was on its day. */
  Evaluation original(String id) {
    synchronized (cache) {
      Evaluation cached = cache.get(id);
      if (cached != null) {
        return cached;
      }
    }
    SavedEvaluation saved = saved(id);
    Evaluation evaluation =
        evaluate(saved.profileYaml(), LocalDate.ofInstant(saved.createdAt(), ZoneOffset.UTC));
    synchronized (cache) {
      cache.put(id, evaluation);
    }
    return evaluation;
  }

  /** The profile evaluated against today's catalog. */
  Evaluation today(String profileYaml) {
    return evaluate(profileYaml, today());
  }

  LocalDate today() {
    return LocalDate.ofInstant(config.clock().instant(), ZoneOffset.UTC);
  }

  private Evaluation evaluate(String profileYaml, LocalDate day) {
    Profile profile = config.profileReader().parse(profileYaml, "recorded profile");
    EvaluationOptions options =
        new EvaluationOptions(
            day, EvaluationOptions.DEFAULT_SEED, config.sensitivitySamples(), Optional.empty());
    return Evaluator.evaluate(profile, config.catalog(), options);
  }
}
