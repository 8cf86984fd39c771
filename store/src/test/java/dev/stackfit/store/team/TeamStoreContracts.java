package dev.stackfit.store.team;

import dev.stackfit.store.Database;
import org.junit.jupiter.api.Nested;

/**
 * Every team port's contract, one nested class each; a subclass per database vendor says how to
 * open a fresh database ({@link SqliteTeamStoreTests}, {@link PostgresTeamStoreTests}).
 */
abstract class TeamStoreContracts {
  /** A new, empty, migrated database. */
  abstract Database fresh() throws Exception;

  @Nested
  class Accounts extends AccountStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Logins extends LoginStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Audit extends AuditLogContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Sessions extends SessionStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Invitations extends InvitationStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Ballots extends BallotStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Decisions extends DecisionStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Owners extends EvaluationOwnersContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class SignIns extends SignInAttemptsContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }

  @Nested
  class Tokens extends ApiTokenStoreContract {
    @Override
    Database openEmpty() throws Exception {
      return fresh();
    }
  }
}
