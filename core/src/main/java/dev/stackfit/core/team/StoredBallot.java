package dev.stackfit.core.team;

import java.time.Instant;

/**
 * A ballot as stored: opaque JSON the web layer reads into a {@code Ballot}.
 *
 * @param accountId the voter
 * @param participant the voter's name
 * @param round the round it belongs to
 * @param ballotJson the ballot
 * @param updatedAt last revision
 */
public record StoredBallot(
    String accountId, String participant, int round, String ballotJson, Instant updatedAt) {}
