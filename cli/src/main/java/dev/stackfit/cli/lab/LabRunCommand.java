package dev.stackfit.cli.lab;

import dev.stackfit.cli.CatalogOption;
import dev.stackfit.cli.ExitCodes;
import dev.stackfit.cli.Failures;
import dev.stackfit.cli.Output;
import dev.stackfit.core.InfrastructureException;
import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.StackfitException;
import dev.stackfit.core.catalog.Catalog;
import dev.stackfit.core.catalog.Framework;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.formats.profile.ProfileReader;
import dev.stackfit.lab.file.Candidate;
import dev.stackfit.lab.file.LabFile;
import dev.stackfit.lab.file.LabFileReader;
import dev.stackfit.lab.report.LabHtml;
import dev.stackfit.lab.report.LabJson;
import dev.stackfit.lab.report.LabMarkdown;
import dev.stackfit.lab.report.LabText;
import dev.stackfit.lab.run.LabResult;
import dev.stackfit.lab.run.LabRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stackfit lab run LAB.yaml}: runs a lab file and reports the comparison. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prepares each candidate (its prepare command, timed apart), then starts it in its own"
          + " process group, measures start-up (median of several starts), idle memory and a"
          + " staircase of open-model load while watching the machine, stops it (SIGTERM, then"
          + " SIGKILL) and checks that nothing is left behind. Progress goes to stderr, the"
          + " comparison to stdout.",
      "Ctrl-C stops every process the lab started."
    })
public final class LabRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LAB.yaml", description = "The lab file (YAML or JSON).")
  Path labFile;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the result as JSON (for recommend --evidence).")
  Path json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report with charts.")
  Path html;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write a Markdown report.")
  Path markdown;

  @Option(
      names = "--logs",
      paramLabel = "DIR",
      description =
          "Directory for each candidate's output, preparation and versions logs (default: a new"
              + " temporary one).")
  Path logs;

  @Mixin CatalogOption catalogOption;

  private Catalog catalog;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      LabFile lab = new LabFileReader(this::profileTraffic).read(labFile);
      Output.requireWritable(json, "--json");
      Output.requireWritable(html, "--html");
      Output.requireWritable(markdown, "--markdown");
      warnUnknownFrameworks(lab, err);
      LabRunner runner =
          new LabRunner(
              Clock.systemUTC(),
              logDirectory(),
              line -> {
                err.println(line);
                err.flush();
              });
      LabResult result = runner.run(lab);
      out.print("\n" + LabText.render(result));
      out.flush();
      write(result, err);
      if (!result.allMeasured()) {
        err.println("stackfit lab: not every candidate could be measured; see the verdicts");
        err.flush();
        return ExitCodes.INTERNAL;
      }
      return ExitCodes.OK;
    } catch (InvalidInputException invalid) {
      invalid.problems().forEach(err::println);
      err.println(
          "Try 'stackfit lab run --help' for usage; the lab file is described in"
              + " docs/lab.md.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (StackfitException failed) {
      return Failures.report(failed, err, "stackfit lab");
    }
  }

  private Traffic profileTraffic(Path profile) {
    return ProfileReader.forCatalog(catalog()).read(profile).project().traffic();
  }

  private Catalog catalog() {
    if (catalog == null) {
      catalog = catalogOption.load();
    }
    return catalog;
  }

  private void warnUnknownFrameworks(LabFile lab, PrintWriter err) {
    Set<String> known =
        catalog().frameworks().stream().map(Framework::id).collect(Collectors.toSet());
    for (Candidate c : lab.candidates()) {
      if (!known.contains(c.framework())) {
        err.println(
            new Problem(
                lab.source().toString(),
                0,
                0,
                "candidates." + c.name(),
                "framework \""
                    + c.framework()
                    + "\" is not in the catalog, so recommend --evidence"
                    + " will not use this candidate's figures"));
      }
    }
  }

  private Path logDirectory() {
    if (logs != null) {
      return logs;
    }
    try {
      return Files.createTempDirectory("stackfit-lab-");
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a directory for the logs: " + e.getMessage(), e);
    }
  }

  private void write(LabResult result, PrintWriter err) {
    if (json != null) {
      Output.write(LabJson.write(result) + "\n", json, null);
      err.println(
          "wrote " + json + "  (use it with: stackfit recommend PROFILE --evidence " + json + ")");
    }
    if (html != null) {
      Output.write(LabHtml.render(result), html, null);
      err.println("wrote " + html);
    }
    if (markdown != null) {
      Output.write(LabMarkdown.render(result), markdown, null);
      err.println("wrote " + markdown);
    }
    err.flush();
  }
}
