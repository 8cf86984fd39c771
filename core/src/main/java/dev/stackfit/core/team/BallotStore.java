package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the blind ballots of each session round, one per voter. Thread-safe. */
public interface BallotStore {
  /**
   * Creates or replaces the account's ballot for the round, only while that round is the session's
   * current one and open. The check and the write are one transaction: no ballot lands after the
   * round was revealed.
   *
   * @return false when nothing was written because the round is not open
   */
  boolean save(String sessionId, int round, String accountId, String ballotJson, Instant at);

  Optional<StoredBallot> find(String sessionId, int round, String accountId);

  /** The round's ballots, in the order members joined. */
  List<StoredBallot> ofRound(String sessionId, int round);
}
