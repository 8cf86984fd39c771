package dev.stackfit.core.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the blind ballots of each session round, one per voter. Thread-safe. */
public interface BallotStore {
  /** Creates or replaces the account's ballot for the round. */
  void save(String sessionId, int round, String accountId, String ballotJson, Instant at);

  Optional<StoredBallot> find(String sessionId, int round, String accountId);

  /** The round's ballots, in the order members joined. */
  List<StoredBallot> ofRound(String sessionId, int round);
}
