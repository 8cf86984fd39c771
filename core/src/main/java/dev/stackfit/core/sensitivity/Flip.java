package dev.stackfit.core.sensitivity;

import dev.stackfit.core.criteria.Criterion;

/**
 * The smallest change of one criterion's weight (the others rescaled in proportion) at which
 * another framework takes first place.
 *
 * @param criterion whose weight changes
 * @param weightChange signed change of that weight, in absolute weight units
 * @param newWinner framework id that wins beyond the change
 */
public record Flip(Criterion criterion, double weightChange, String newWinner) {}
