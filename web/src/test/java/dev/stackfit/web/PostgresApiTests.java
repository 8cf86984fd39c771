package dev.stackfit.web;

import dev.stackfit.store.Database;
import dev.stackfit.store.testing.PostgresFixture;

/** The API contract on a real PostgreSQL 17 (embedded binaries from Maven Central). */
class PostgresApiTests extends ApiContract {
  @Override
  Database openEmpty() throws Exception {
    return PostgresFixture.openFresh("web");
  }
}
