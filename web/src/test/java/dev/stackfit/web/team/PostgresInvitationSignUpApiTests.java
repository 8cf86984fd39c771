package dev.stackfit.web.team;

import dev.stackfit.store.Database;
import dev.stackfit.store.testing.PostgresFixture;

/** Signing up through an invitation with the API, on a real PostgreSQL 17. */
class PostgresInvitationSignUpApiTests extends InvitationSignUpApiContract {
  @Override
  Database openEmpty() throws Exception {
    return PostgresFixture.openFresh("web");
  }
}
