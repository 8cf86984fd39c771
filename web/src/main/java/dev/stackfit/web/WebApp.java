package dev.stackfit.web;

import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.team.TeamStores;
import dev.stackfit.web.team.TeamWeb;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Optional;

/**
 * The stackfit web app and JSON API on Javalin. Start it with {@link #start(WebConfig)}; it binds
 * the configured host (loopback by default) and serves until {@link #stop()}.
 */
public final class WebApp {
  private final Javalin javalin;
  private final String host;
  private final Evaluations evaluations;

  private WebApp(Javalin javalin, String host, Evaluations evaluations) {
    this.javalin = javalin;
    this.host = host;
    this.evaluations = evaluations;
  }

  /** Starts the app; returns once it accepts connections. */
  public static WebApp start(WebConfig config) {
    return start(config, Optional.empty());
  }

  /**
   * Starts the app with accounts, decision sessions and decision records on {@code team}'s ports
   * (see {@link TeamWeb}); returns once it accepts connections.
   */
  public static WebApp start(WebConfig config, Optional<TeamStores> team) {
    Evaluations evaluations = new Evaluations(config);
    Optional<TeamWeb> teamWeb = team.map(store -> new TeamWeb(config, store, evaluations));
    Templates templates = new Templates();
    RequestGuards guards = new RequestGuards(config.maxBodyBytes());
    ErrorMapper errors = new ErrorMapper(templates);
    LabAttachGuard labGuard = teamWeb.map(TeamWeb::labAttachGuard).orElse(LabAttachGuard.OPEN);
    EvaluationOwnership owners =
        teamWeb.map(TeamWeb::evaluationOwnership).orElse(EvaluationOwnership.NONE);
    LabAttachments labs = new LabAttachments(evaluations, labGuard);
    ApiRoutes api = new ApiRoutes(config, evaluations, guards, labs, owners);
    PageRoutes pages = new PageRoutes(config, evaluations, templates, labs, owners);
    Javalin javalin =
        Javalin.create(
            javalinConfig -> {
              javalinConfig.startup.showJavalinBanner = false;
              javalinConfig.http.maxRequestSize = config.maxBodyBytes();
              javalinConfig.jetty.modifyServer(
                  server -> server.setErrorHandler(new UnreadableRequests()));
              // Uploads (the questionnaire's profile import) are held in memory and bounded like
              // every other body: nothing a request sends is written to disk.
              javalinConfig.jetty.multipartConfig.maxFileSize(
                  config.maxBodyBytes(), SizeUnit.BYTES);
              javalinConfig.jetty.multipartConfig.maxTotalRequestSize(
                  config.maxBodyBytes(), SizeUnit.BYTES);
              javalinConfig.jetty.multipartConfig.maxInMemoryFileSize(
                  config.maxBodyBytes(), SizeUnit.BYTES);
              javalinConfig.http.prefer405over404 = true;
              javalinConfig.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/dev/stackfit/web/static";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", "max-age=3600");
                  });
              javalinConfig.routes.before(guards::headers);
              javalinConfig.routes.before(guards::declaredSize);
              javalinConfig.routes.before(guards::sameOrigin);
              teamWeb.ifPresent(t -> t.register(javalinConfig.routes));
              api.register(javalinConfig.routes);
              pages.register(javalinConfig.routes);
              javalinConfig.routes.exception(HttpResponseException.class, errors::handle);
              javalinConfig.routes.exception(Exception.class, errors::handle);
              // Unmatched routes and methods never reach an exception handler: give them the same
              // body.
              for (int status : new int[] {404, 405}) {
                javalinConfig.routes.error(status, ctx -> errors.ensureProblemBody(ctx));
              }
            });
    javalin.start(config.host(), config.port());
    return new WebApp(javalin, config.host(), evaluations);
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return javalin.port();
  }

  /** The address to open in a browser. */
  public String url() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  /**
   * Evaluates a profile and saves it as if it had been submitted (the demo's examples).
   *
   * @return the permalink path, {@code /evaluations/ID}
   */
  public String evaluateAndSave(Profile profile) {
    return "/evaluations/" + evaluations.evaluateAndSave(profile).id();
  }

  /** Stops serving and releases the port. */
  public void stop() {
    javalin.stop();
  }
}
