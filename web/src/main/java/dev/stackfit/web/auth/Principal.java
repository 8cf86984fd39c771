package dev.stackfit.web.auth;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.LoginSession;

/**
 * The signed-in account behind a request.
 *
 * @param account who
 * @param login the sign-in session, with its CSRF token
 */
public record Principal(Account account, LoginSession login) {
  public String csrfToken() {
    return login.csrfToken();
  }
}
