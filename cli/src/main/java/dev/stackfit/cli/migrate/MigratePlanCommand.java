package dev.stackfit.cli.migrate;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Output;
import dev.stackfit.cli.Today;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.evaluation.EvaluationOptions;
import dev.stackfit.core.migration.ApiOperation;
import dev.stackfit.core.migration.MigrationPlan;
import dev.stackfit.core.migration.MigrationPlanner;
import dev.stackfit.core.migration.RecordedRequest;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.formats.migration.NginxFacade;
import dev.stackfit.formats.migration.OpenApiReader;
import dev.stackfit.formats.migration.PlanJson;
import dev.stackfit.formats.migration.PlanMarkdown;
import dev.stackfit.formats.migration.TrafficLog;
import dev.stackfit.formats.profile.ProfileReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit migrate plan PROFILE --to ID [--openapi CURRENT_API]}: a strangler-fig plan and
 * its nginx facade (docs/migration.md).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a strangler-fig plan from the profile's current stack to --to: the slices of the"
          + " current API (from --openapi), ordered reads before writes and light traffic first,"
          + " each with its effort from the switching cost, how to verify it with 'lab diff' and"
          + " how to roll it back; and the nginx facade that routes each slice.",
      "Markdown (default) or JSON on stdout or --out; the facade configuration with --nginx."
    })
public final class MigratePlanCommand implements Callable<Integer> {
  /** Output formats of the plan. */
  public enum Format {
    markdown,
    json
  }

  @Parameters(paramLabel = "PROFILE", description = "Profile with a current section.")
  Path profile;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ID",
      description = "The framework to move to.")
  String to;

  @Option(
      names = "--openapi",
      paramLabel = "CURRENT_API",
      description = "OpenAPI 3 (or Swagger 2) description of the current service, YAML or JSON.")
  Path openapi;

  @Option(
      names = "--traffic",
      paramLabel = "ACCESS_LOG",
      description = "An access log of the current service, to move light-traffic slices first.")
  Path traffic;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the plan to FILE.")
  Path out;

  @Option(
      names = "--nginx",
      paramLabel = "FILE",
      description = "Write the facade's nginx configuration to FILE.")
  Path nginx;

  @Option(
      names = "--listen",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8080",
      description = "Where the facade listens (default: ${DEFAULT-VALUE}).")
  String listen;

  @Option(
      names = "--old",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8001",
      description = "The current service (default: ${DEFAULT-VALUE}).")
  String oldService;

  @Option(
      names = "--new",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8002",
      description = "The new service (default: ${DEFAULT-VALUE}).")
  String newService;

  @Option(
      names = "--moved",
      paramLabel = "SLICE",
      split = ",",
      description = "Slices the new service answers already (ids from the plan).")
  List<String> moved = new ArrayList<>();

  @Option(
      names = "--access-log-path",
      paramLabel = "PATH",
      defaultValue = "access.log",
      description = "Where the facade writes its access log (default: ${DEFAULT-VALUE}).")
  String accessLog;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "Evaluate as of this day (YYYY-MM-DD; default: today).")
  LocalDate today;

  @Mixin CatalogOption catalogOption;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = catalogOption.load();
    Profile parsed = ProfileReader.forCatalog(catalog).read(profile);
    List<ApiOperation> operations = openapi == null ? List.of() : OpenApiReader.read(openapi);
    Optional<List<RecordedRequest>> recorded = Optional.ofNullable(traffic).map(TrafficLog::read);
    NginxFacade facade =
        new NginxFacade(listen, oldService, newService, new HashSet<>(moved), accessLog);
    MigrationPlan plan =
        MigrationPlanner.plan(
            parsed,
            catalog,
            to,
            operations,
            recorded,
            new EvaluationOptions(Today.or(today), 1, 0, Optional.empty()));
    List<String> unknown = facade.unknownSlices(plan);
    if (!unknown.isEmpty()) {
      throw new BadInputException(
          "--moved "
              + String.join(",", unknown)
              + ": no such slice; the plan's slices are "
              + String.join(", ", plan.slices().stream().map(s -> s.id()).toList()));
    }
    Output.requireNotInput(out, "--out", profile, openapi, traffic);
    Output.requireNotInput(nginx, "--nginx", profile, openapi, traffic);
    String facadeFile = nginx == null ? "facade.conf" : nginx.getFileName().toString();
    String text =
        format == Format.json
            ? PlanJson.write(plan, facade, facadeFile)
            : PlanMarkdown.render(plan, facade, facadeFile);
    if (nginx != null) {
      Output.write(facade.render(plan), nginx, null);
    }
    Output.write(text, out, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
