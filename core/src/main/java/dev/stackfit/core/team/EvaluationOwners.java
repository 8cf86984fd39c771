package dev.stackfit.core.team;

import java.util.Optional;
import java.util.Set;

/**
 * Port: who owns each saved evaluation (the account that saved it) and whom the owner allowed to
 * open decision sessions on it. Evaluations saved before any account existed have no owner.
 * Thread-safe.
 */
public interface EvaluationOwners {
  /** Makes the account the owner of an evaluation that has none; an owner is never replaced. */
  void claim(String evaluationId, String accountId);

  /** The owner's account id; empty when the evaluation was saved without an account. */
  Optional<String> owner(String evaluationId);

  /** Lets the account open sessions on the evaluation; allowing it again changes nothing. */
  void allow(String evaluationId, String accountId);

  /** The ids of the accounts allowed on the evaluation. */
  Set<String> allowed(String evaluationId);
}
