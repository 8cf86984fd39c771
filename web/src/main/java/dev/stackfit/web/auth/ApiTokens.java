package dev.stackfit.web.auth;

import dev.stackfit.core.BadInputException;
import dev.stackfit.core.team.Account;
import dev.stackfit.core.team.ApiToken;
import dev.stackfit.core.team.ApiTokenStore;
import dev.stackfit.core.team.TokenScope;
import dev.stackfit.core.text.TextLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens, the same for the web app and {@code stackfit user token}: made with a name,
 * a scope and a lifetime, shown once ({@code sft_} and 43 url-safe characters, 256 random bits),
 * kept as SHA-256 only, revocable by their owner. Thread-safe.
 */
public final class ApiTokens {
  /** Every token starts with this, so that secret scanners and people recognise one. */
  public static final String PREFIX = "sft_";

  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 366;

  private final ApiTokenStore store;

  public ApiTokens(ApiTokenStore store) {
    this.store = store;
  }

  /** A token just made: the record kept, and the secret shown to its owner once. */
  public record Created(ApiToken token, String secret) {}

  /**
   * Makes a token for the account.
   *
   * @throws BadInputException when the name is blank or too long, or the lifetime out of range
   */
  public Created create(Account account, String name, TokenScope scope, int days, Instant now) {
    Optional<String> problem = problem(name, days);
    if (problem.isPresent()) {
      throw new BadInputException(problem.get());
    }
    String label = name.strip();
    String secret = PREFIX + Tokens.random();
    ApiToken token =
        new ApiToken(
            Tokens.id(),
            Tokens.hash(secret),
            account.id(),
            label,
            scope,
            now,
            now.plus(Duration.ofDays(days)),
            Optional.empty(),
            Optional.empty());
    store.save(token);
    return new Created(token, secret);
  }

  /**
   * What is wrong with a token of this name and lifetime: blank or too long a name, a lifetime out
   * of range; empty when it may be made.
   */
  public static Optional<String> problem(String name, int days) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty()) {
      return Optional.of("a token needs a name that says what uses it");
    }
    Optional<String> tooLong = TextLimit.TOKEN_NAME.problem(label);
    if (tooLong.isPresent()) {
      return tooLong;
    }
    if (days < 1 || days > MAX_DAYS) {
      return Optional.of("a token lives 1 to " + MAX_DAYS + " days, was " + days + " days");
    }
    return Optional.empty();
  }

  /** The token a secret stands for, whatever its state; empty for anything not one of ours. */
  public Optional<ApiToken> find(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    return store.findByHash(Tokens.hash(secret));
  }

  public List<ApiToken> of(Account account) {
    return store.of(account.id());
  }

  /** Revokes the account's token; false when it has none by that id, or it is revoked already. */
  public boolean revoke(Account account, String id, Instant now) {
    return store.revoke(id, account.id(), now);
  }

  /**
   * Records a use; the store is written at most once a minute per token, and on the first use in
   * each hour of the clock (so that the audit can tell the first read of an hour).
   */
  void used(ApiToken token, Instant now) {
    if (token
        .lastUsedAt()
        .map(at -> at.isBefore(now.minusSeconds(60)) || !sameHour(at, now))
        .orElse(true)) {
      store.used(token.id(), now);
    }
  }

  /** True when both instants fall in the same hour of the clock (UTC). */
  static boolean sameHour(Instant a, Instant b) {
    return a.truncatedTo(ChronoUnit.HOURS).equals(b.truncatedTo(ChronoUnit.HOURS));
  }
}
