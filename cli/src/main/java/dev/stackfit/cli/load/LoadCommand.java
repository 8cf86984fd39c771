package dev.stackfit.cli.load;

import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Failures;
import dev.stackfit.cli.Output;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.StackfitException;
import dev.stackfit.lab.load.HdrIntervalLog;
import dev.stackfit.lab.load.LoadGenerator;
import dev.stackfit.lab.load.LoadListener;
import dev.stackfit.lab.load.LoadResult;
import dev.stackfit.lab.load.LoadResultJson;
import dev.stackfit.lab.load.LoadSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit load URL}: honest HTTP load against a local server, open model by default. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sends HTTP load to a server on this machine and reports latency the way users see it.",
      "Open model (default): requests start on a schedule (--rate) whether or not the server keeps"
          + " up, and latency counts from when each was due, so stalls are not hidden.",
      "Closed model (--mode closed): each connection sends again as soon as it is answered, like"
          + " wrk; the highest throughput, but latency is subject to coordinated omission."
    })
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "URL",
      description = "http URL on this machine, e.g. http://127.0.0.1:8080/")
  String url;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "Requests per second (open model; default 100).")
  Double rate;

  @Option(
      names = "--mode",
      paramLabel = "open|closed",
      defaultValue = "open",
      description = "Load model (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--arrival",
      paramLabel = "constant|poisson",
      defaultValue = "constant",
      description = "Spacing of arrivals (default: ${DEFAULT-VALUE}).")
  String arrival;

  @Option(
      names = "--ramp",
      paramLabel = "FROM..TO",
      description = "Rate rising (or falling) linearly over the duration, e.g. 100..5000.")
  String ramp;

  @Option(
      names = "--steps",
      paramLabel = "RATE",
      split = ",",
      description = "Staircase: the duration split evenly between these rates.")
  List<Double> steps;

  @Option(
      names = {"-c", "--connections"},
      paramLabel = "N",
      description = "Keep-alive connections (default: sized by Little's law; 32 closed).")
  Integer connections;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      description = "Requests outstanding at most, sent or waiting (default: rate x timeout).")
  Integer maxInFlight;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Event-loop threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = {"-d", "--duration"},
      paramLabel = "TIME",
      description = "Measured time, e.g. 30s, 2m (default 10s; max 1h).")
  String duration;

  @Option(
      names = {"-n", "--requests"},
      paramLabel = "N",
      description = "Stop after N measured requests.")
  Long requests;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      defaultValue = "1s",
      description = "Time before measuring, excluded from results (default: ${DEFAULT-VALUE}).")
  String warmup;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      defaultValue = "5s",
      description = "Per request, from the send (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = {"-X", "--method"},
      paramLabel = "METHOD",
      defaultValue = "GET",
      description = "HTTP method (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(
      names = {"-H", "--header"},
      paramLabel = "'Name: value'",
      description = "Extra request header; repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--body", paramLabel = "TEXT", description = "Request body.")
  String body;

  @Option(
      names = "--expect-status",
      paramLabel = "CODE",
      split = ",",
      description = "Acceptable statuses (default: any below 400).")
  List<Integer> expectStatus = new ArrayList<>();

  @Option(
      names = "--expect-body",
      paramLabel = "TEXT",
      description = "Text every response body must contain.")
  String expectBody;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the result as JSON.")
  Path json;

  @Option(
      names = "--hgrm",
      paramLabel = "FILE",
      description =
          "Write the latency percentile distribution (.hgrm, ms); service time goes to FILE with .service.hgrm.")
  Path hgrm;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "Write an HdrHistogram interval log (one histogram per second, microseconds).")
  Path intervalLog;

  @Option(
      names = "--allow-remote",
      paramLabel = "HOST",
      description = "Allow this one non-loopback host. Only load servers you own.")
  String allowRemote;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed for Poisson arrivals (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      PlanAssembly assembly = PlanAssembly.from(this);
      Output.requireWritable(json, "--json");
      Output.requireWritable(hgrm, "--hgrm");
      Output.requireWritable(intervalLog, "--log");
      assembly.notes().forEach(note -> err.println("stackfit load: " + note));
      LoadResult result = run(assembly, err);
      out.print(LoadSummary.render(result));
      out.flush();
      writeFiles(result);
      if (result.requests() > 0 && result.ok() == 0) {
        err.println(
            "stackfit load: not one of "
                + result.requests()
                + " requests succeeded; is the server running at "
                + url
                + "? (see Errors above)");
        err.flush();
        return ExitCodes.INTERNAL;
      }
      return ExitCodes.OK;
    } catch (InvalidInputException invalid) {
      for (Problem problem : invalid.problems()) {
        err.println(problem);
      }
      err.println("Try 'stackfit load --help' for usage.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (StackfitException failed) {
      return Failures.report(failed, err, "stackfit load");
    }
  }

  private LoadResult run(PlanAssembly assembly, PrintWriter err) {
    ProgressLine progress = new ProgressLine(err, ProgressLine.interactive());
    HdrIntervalLog log = intervalLog == null ? null : new HdrIntervalLog(intervalLog);
    try {
      LoadListener listener = log == null ? progress : LoadListener.all(progress, log);
      return LoadGenerator.allowingRemote(allowRemote).run(assembly.plan(), listener);
    } finally {
      progress.finish();
      if (log != null) {
        log.close();
      }
    }
  }

  private void writeFiles(LoadResult result) {
    if (json != null) {
      Output.write(LoadResultJson.write(result) + "\n", json, null);
    }
    if (hgrm != null) {
      Output.write(percentileFile(result.latency()), hgrm, null);
      String name = hgrm.getFileName().toString().replaceFirst("\\.hgrm$", "");
      Output.write(
          percentileFile(result.serviceTime()), hgrm.resolveSibling(name + ".service.hgrm"), null);
    }
  }

  private static String percentileFile(Histogram micros) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      micros.outputPercentileDistribution(stream, 1000.0);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
