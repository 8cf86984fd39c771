package dev.stackfit.cli.lab;

import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Failures;
import dev.stackfit.cli.Output;
import dev.stackfit.core.BadInputException;
import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.diff.AccessLogRequests;
import dev.stackfit.lab.diff.DiffHtml;
import dev.stackfit.lab.diff.DiffJson;
import dev.stackfit.lab.diff.DiffReport;
import dev.stackfit.lab.diff.DiffRequest;
import dev.stackfit.lab.diff.DiffText;
import dev.stackfit.lab.diff.LabDiff;
import dev.stackfit.lab.diff.RequestFile;
import dev.stackfit.lab.load.DurationText;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stackfit lab diff OLD_URL NEW_URL --requests FILE}: verification by comparison, for a
 * migration slice by slice (docs/migration.md).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sends each request to the old and the new service and reports, per endpoint, where their"
          + " answers differ: status, chosen headers and body (JSON compared structurally).",
      "Noise is learned as Twitter's Diffy does: every request also goes to the old service a"
          + " second time (or to --old-again), and fields that differ there (timestamps, generated"
          + " ids) are ignored.",
      "Exit code 0 when the answers agree beyond the noise, 1 when they differ, 2 for bad input."
    })
public final class LabDiffCommand implements Callable<Integer> {
  /** Output formats on stdout. */
  public enum Format {
    text,
    json,
    html
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD_URL", description = "The service in production.")
  URI oldUrl;

  @Parameters(index = "1", paramLabel = "NEW_URL", description = "Its replacement.")
  URI newUrl;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** Where the requests come from: exactly one of the two. */
  static final class Source {
    @Option(
        names = "--requests",
        paramLabel = "FILE",
        description = "One request a line: METHOD PATH [BODY]; # starts a comment.")
    Path requests;

    @Option(
        names = "--access-log",
        paramLabel = "FILE",
        description =
            "Requests recorded by the facade of 'migrate plan' (log_format stackfit_diff).")
    Path accessLog;
  }

  @Option(
      names = "--match",
      paramLabel = "REGEX",
      description =
          "Only requests whose 'METHOD /path' (no query) this matches: a slice's match in the plan.")
  String match;

  @Option(
      names = "--old-again",
      paramLabel = "URL",
      description =
          "A second instance of the old service to learn noise from (default: ask OLD_URL twice).")
  URI oldAgain;

  @Option(
      names = {"-H", "--header"},
      paramLabel = "NAME",
      description =
          "A response header to compare; repeatable (default: Content-Type and Location).")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or html on stdout (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as HTML.")
  Path html;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      defaultValue = "5s",
      description = "Per request (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--allow-remote",
      paramLabel = "HOST",
      description = "Allow this one non-loopback host. Only send requests to services you own.")
  String allowRemote;

  private List<DiffRequest> matching(List<DiffRequest> requests) {
    if (match == null) {
      return requests;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(match);
    } catch (PatternSyntaxException e) {
      throw new BadInputException(
          "--match " + match + " is not a regular expression: " + e.getDescription());
    }
    List<DiffRequest> kept =
        requests.stream()
            .filter(r -> pattern.matcher(r.method() + " " + r.path().split("\\?", 2)[0]).find())
            .toList();
    if (kept.isEmpty()) {
      throw new BadInputException(
          "--match " + match + " keeps none of the " + requests.size() + " requests");
    }
    return kept;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Duration perRequest =
          DurationText.parse(timeout)
              .filter(d -> !d.isZero() && d.compareTo(Duration.ofMinutes(5)) <= 0)
              .orElseThrow(
                  () ->
                      new BadInputException(
                          "--timeout " + timeout + " is not a duration between 1ms and 5m"));
      List<DiffRequest> requests =
          source.requests != null
              ? RequestFile.read(source.requests)
              : AccessLogRequests.read(source.accessLog);
      requests = matching(requests);
      Output.requireWritable(json, "--json");
      Output.requireWritable(html, "--html");
      LabDiff.Options options =
          new LabDiff.Options(
              oldUrl,
              newUrl,
              Optional.ofNullable(oldAgain),
              headers.isEmpty() ? LabDiff.DEFAULT_HEADERS : headers,
              perRequest,
              allowRemote);
      DiffReport report = LabDiff.run(requests, options);
      out.print(
          switch (format) {
            case text -> DiffText.render(report);
            case json -> DiffJson.write(report);
            case html -> DiffHtml.render(report);
          });
      out.flush();
      if (json != null) {
        Output.write(DiffJson.write(report), json, null);
      }
      if (html != null) {
        Output.write(DiffHtml.render(report), html, null);
      }
      return report.same() ? ExitCodes.OK : ExitCodes.INTERNAL;
    } catch (StackfitException failed) {
      int code = Failures.report(failed, err, "stackfit lab diff");
      if (code == ExitCodes.BAD_INPUT) {
        err.println("Try 'stackfit lab diff --help' for usage; see docs/migration.md.");
        err.flush();
      }
      return code;
    }
  }
}
