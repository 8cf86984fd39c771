package dev.stackfit.core.history;

import java.time.Instant;

/** A line in the list of saved evaluations. */
public record EvaluationSummary(String id, String profileName, String winner, Instant createdAt) {}
