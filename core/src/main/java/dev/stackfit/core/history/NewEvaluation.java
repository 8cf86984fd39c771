package dev.stackfit.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * An evaluation to save.
 *
 * @param profileName the profile's name
 * @param profileYaml the profile as submitted, in stackfit's YAML form
 * @param resultJson the recommend JSON (docs/contracts/recommend-json.md)
 * @param winner framework id ranked first; empty when none passed the constraints
 * @param createdAt when it was evaluated
 */
public record NewEvaluation(
    String profileName,
    String profileYaml,
    String resultJson,
    Optional<String> winner,
    Instant createdAt) {}
