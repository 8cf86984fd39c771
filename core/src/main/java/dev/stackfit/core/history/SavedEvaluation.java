package dev.stackfit.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * A saved evaluation, addressable by a permanent id.
 *
 * @param id url-safe permanent id
 * @param profileName the profile's name
 * @param profileYaml the profile in YAML
 * @param resultJson the recommend JSON (docs/contracts/recommend-json.md) without the id
 * @param winner framework id ranked first; empty when none passed the constraints
 * @param createdAt when it was evaluated
 * @param labResultJson an attached PoC lab result, if any
 */
public record SavedEvaluation(
    String id,
    String profileName,
    String profileYaml,
    String resultJson,
    Optional<String> winner,
    Instant createdAt,
    Optional<String> labResultJson) {}
