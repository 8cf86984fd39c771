package dev.stackfit.core.history;

import java.time.Instant;
import java.util.Optional;

/**
 * A line in the list of saved evaluations.
 *
 * @param winner framework id ranked first; empty when none passed the constraints
 */
public record EvaluationSummary(
    String id, String profileName, Optional<String> winner, Instant createdAt) {}
