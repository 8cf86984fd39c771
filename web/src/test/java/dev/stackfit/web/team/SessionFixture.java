package dev.stackfit.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Profile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a session over HTTP: a saved evaluation, a facilitator, invitations and ballots. */
final class SessionFixture {
  static final String PROFILE =
      """
      stackfit: 1
      name: Order service
      team:
        size: 5
        asyncExperience: some
        skills:
          - { language: java, level: expert }
          - { language: kotlin, level: working }
      project:
        lifespanYears: 6
        traffic: { peakRps: 150, peakRpsIn3Years: 3000, p99LatencyMs: 300 }
        data: relational-complex
        needs: [orm, migrations, auth, transactions]
      operations:
        runtimes: [jvm]
        deploy: kubernetes
      """;

  private static final Pattern INVITATION = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

  private SessionFixture() {}

  /**
   * Saves the evaluation as the named account would, which makes it its owner, and returns its id.
   */
  static String evaluation(TeamServer server, String owner) {
    String id = evaluation(server);
    own(server, id, owner);
    return id;
  }

  /** Makes {@code owner} the owner of a saved evaluation, as saving it signed in would. */
  static void own(TeamServer server, String evaluation, String owner) {
    server
        .stores
        .owners()
        .claim(evaluation, server.stores.accounts().findByName(owner).orElseThrow().id());
  }

  /** Saves the evaluation without an owner (as before any account existed) and returns its id. */
  static String evaluation(TeamServer server) {
    Profile profile =
        new dev.stackfit.formats.profile.ProfileReader(
                TeamServer.catalog().frameworks().stream()
                    .map(f -> f.id())
                    .collect(java.util.stream.Collectors.toSet()))
            .parse(PROFILE, "order.yaml");
    return server.app.evaluateAndSave(profile).substring("/evaluations/".length());
  }

  /** Saves the evaluation through the API as {@code who} (its owner then) and returns its id. */
  static String saved(TeamClient who) {
    HttpResponse<String> r =
        who.send(
            HttpRequest.newBuilder(URI.create(who.base() + "/api/v1/evaluations"))
                .header("Content-Type", "application/yaml")
                .header("X-CSRF-Token", who.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(PROFILE))
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    assertThat(id.find()).isTrue();
    return id.group(1);
  }

  /** Opens a session as the client and returns its id. */
  static String open(TeamClient facilitator, String evaluationId, String title) {
    HttpResponse<String> r =
        facilitator.post("/sessions", Map.of("evaluation", evaluationId, "title", title));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().firstValue("Location").orElseThrow().substring("/sessions/".length());
  }

  /**
   * Creates an invitation link as the facilitator and returns its token: the POST redirects to the
   * session page, which shows the link once.
   */
  static String invite(TeamClient facilitator, String sessionId, String role) {
    HttpResponse<String> r =
        facilitator.post(
            "/sessions/" + sessionId + "/invitations", Map.of("role", role, "hours", "24"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location"))
        .contains("/sessions/" + sessionId + "#invitation");
    HttpResponse<String> page = facilitator.get("/sessions/" + sessionId);
    Matcher m = INVITATION.matcher(page.body());
    assertThat(m.find()).as("the page shows the link").isTrue();
    return m.group(1);
  }

  /** An anonymous visitor signs up through the invitation. */
  static TeamClient join(TeamServer server, String token, String name) {
    TeamClient client = new TeamClient(server.base());
    assertThat(client.get("/invitations/" + token).statusCode()).isEqualTo(200);
    HttpResponse<String> r =
        client.postForm(
            "/invitations/" + token,
            Map.of(
                "name",
                name,
                "password",
                TeamServer.PASSWORD,
                "_csrf",
                client.cookie("stackfit_form")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return client;
  }

  /**
   * A ballot form: slider weights, ratings that favour {@code favourite} by {@code margin}, one
   * comment and concerns.
   */
  static Map<String, String> ballot(
      List<String> frameworks,
      String favourite,
      int margin,
      Map<Criterion, Integer> weights,
      String comment) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("weighting", "sliders");
    for (Criterion c : Criterion.values()) {
      form.put("w." + c.id(), Integer.toString(weights.getOrDefault(c, 50)));
    }
    for (String f : frameworks) {
      for (Criterion c : Criterion.values()) {
        int base = f.equals(favourite) ? 3 + margin : 3;
        form.put(
            "r." + f + "." + c.id(),
            Integer.toString(Math.max(1, Math.min(5, base - (c.ordinal() % 2)))));
      }
      form.put("e." + f, f.equals(favourite) ? "5" : "3");
    }
    form.put("c." + favourite + "." + Criterion.TEAM_EXPERTISE.id(), comment);
    form.put("concerns", "Upgrades every year");
    return form;
  }

  /** The session's framework ids, from the API. */
  static List<String> frameworks(TeamClient member, String sessionId) {
    String body = member.get("/api/v1/sessions/" + sessionId).body();
    Matcher m = Pattern.compile("\"frameworks\":\\[([^\\]]*)]").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return List.of(m.group(1).replace("\"", "").split(","));
  }
}
