package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackfit.core.team.AuditAction;
import dev.stackfit.store.Databases;
import dev.stackfit.web.WebConfig;
import dev.stackfit.web.auth.Tokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API tokens as time passes on a real server: a token stops working when it expires, and its reads
 * are audited once per hour of the clock while every use is remembered.
 */
class TeamApiTokenClockTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(TeamServer.NOW);

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  private static WebConfig withClock(WebConfig c, Clock clock) {
    return new WebConfig(
        c.host(),
        c.port(),
        c.catalog(),
        c.store(),
        clock,
        c.profileReader(),
        c.maxBodyBytes(),
        c.sensitivitySamples(),
        c.adminCommand(),
        c.trustedProxies(),
        c.publicUrl());
  }

  private long used(TeamServer server) {
    return server.stores.audit().newest(1_000).stream()
        .filter(e -> e.action() == AuditAction.TOKEN_USED)
        .count();
  }

  @Test
  void aTokenExpiresAndItsReadsAreAuditedOncePerHour() throws Exception {
    MovingClock clock = new MovingClock();
    try (TeamServer server =
        new TeamServer(
            Databases.openSqlite(data),
            "127.0.0.1",
            UnaryOperator.identity(),
            c -> withClock(c, clock))) {
      server.user("Fran");
      ApiClient fran = ApiClient.session(server.signedIn("Fran"), r -> {});
      HttpResponse<String> made =
          fran.post("/api/v1/tokens", "{\"name\": \"hourly\", \"scope\": \"read\", \"days\": 1}");
      assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
      JsonNode created = JSON.readTree(made.body());
      String secret = created.path("token").asText();
      assertThat(created.path("expiresAt").asText())
          .isEqualTo(TeamServer.NOW.plus(Duration.ofDays(1)).toString());
      ApiClient script = ApiClient.token(server.base(), secret, r -> {});

      assertThat(script.get("/api/v1/decisions").statusCode()).isEqualTo(200);
      assertThat(used(server)).isEqualTo(1);
      clock.set(TeamServer.NOW.plus(Duration.ofMinutes(20)));
      assertThat(script.get("/api/v1/decisions").statusCode()).isEqualTo(200);
      assertThat(script.get("/api/v1/sessions").statusCode()).isEqualTo(200);
      assertThat(used(server)).as("reads within the hour").isEqualTo(1);
      Instant nextHour = Instant.parse("2026-11-26T10:00:05Z");
      clock.set(nextHour);
      assertThat(script.get("/api/v1/decisions").statusCode()).isEqualTo(200);
      assertThat(used(server)).as("the first read of the next hour").isEqualTo(2);
      clock.set(nextHour.plusSeconds(30));
      assertThat(script.get("/api/v1/decisions").statusCode()).isEqualTo(200);
      assertThat(used(server)).isEqualTo(2);
      assertThat(server.stores.tokens().findByHash(Tokens.hash(secret)).orElseThrow().lastUsedAt())
          .contains(nextHour);

      clock.set(TeamServer.NOW.plus(Duration.ofDays(1)).minusSeconds(1));
      assertThat(script.get("/api/v1/decisions").statusCode()).isEqualTo(200);
      clock.set(TeamServer.NOW.plus(Duration.ofDays(1)));
      HttpResponse<String> expired = script.get("/api/v1/decisions");
      assertThat(expired.statusCode()).isEqualTo(401);
      assertThat(JSON.readTree(expired.body()).path("type").asText()).endsWith("invalid-token");
      assertThat(server.stores.audit().newest(1_000))
          .anySatisfy(
              e -> {
                assertThat(e.action()).isEqualTo(AuditAction.TOKEN_REFUSED);
                assertThat(e.detail()).contains(created.path("id").asText(), "expired");
              });
    }
  }
}
