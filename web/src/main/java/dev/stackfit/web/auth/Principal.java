package dev.stackfit.web.auth;

import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.LoginSession;
import java.util.Optional;

/**
 * The signed-in account behind a request, and how it proved who it is: a browser's sign-in session
 * (cookie, with its CSRF token) or a personal API token ({@code Authorization: Bearer}).
 *
 * @param account who
 * @param login the sign-in session, with its CSRF token; empty for a token
 * @param token the API token; empty for a sign-in session
 */
public record Principal(Account account, Optional<LoginSession> login, Optional<ApiToken> token) {
  public Principal {
    if (login.isPresent() == token.isPresent()) {
      throw new IllegalArgumentException("a principal signed in with a session or a token");
    }
  }

  /** Signed in with a browser session. */
  public Principal(Account account, LoginSession login) {
    this(account, Optional.of(login), Optional.empty());
  }

  /** Signed in with an API token. */
  public Principal(Account account, ApiToken token) {
    this(account, Optional.empty(), Optional.of(token));
  }

  /** The session's CSRF token; "" for an API token, which needs none. */
  public String csrfToken() {
    return login.map(LoginSession::csrfToken).orElse("");
  }
}
