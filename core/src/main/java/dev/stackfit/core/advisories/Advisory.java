package dev.stackfit.core.advisories;

/**
 * One of the guide's edge cases that applies to this profile.
 *
 * @param id which edge case
 * @param message what to do about it, citing the profile facts that triggered it
 */
public record Advisory(AdvisoryId id, String message) {}
