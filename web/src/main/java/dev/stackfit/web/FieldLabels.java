package dev.stackfit.web;

import dev.stackfit.formats.report.Labels;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questionnaire's field labels for the profile paths its problems name: "Developers" for {@code
 * team.size}. The paths stay in the API's problems and in files; the page shows these.
 */
final class FieldLabels {
  private static final Pattern ITEM = Pattern.compile("^([a-zA-Z.]+)\\[(\\d+)](?:\\.(.+))?$");
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "What are you building?"),
          Map.entry("team", "Team"),
          Map.entry("team.size", "Developers"),
          Map.entry("team.turnover", "Turnover"),
          Map.entry("team.asyncExperience", "Async experience"),
          Map.entry("team.distributed", "Spread across time zones"),
          Map.entry("team.skills", "Languages the team knows"),
          Map.entry("project.lifespanYears", "Expected life (years)"),
          Map.entry("project.traffic.peakRps", "Peak requests/s today"),
          Map.entry("project.traffic.peakRpsIn3Years", "Peak requests/s in 3 years"),
          Map.entry("project.traffic.p99LatencyMs", "p99 latency target (ms)"),
          Map.entry("project.workload", "Workload"),
          Map.entry("project.data", "Data"),
          Map.entry("project.architecture", "Architecture"),
          Map.entry("project.realtime", "Real-time features"),
          Map.entry("project.critical", "Failure is costly"),
          Map.entry("project.needs", "What the project needs"),
          Map.entry("project.interop", "Must talk to other services via"),
          Map.entry("operations.devopsMaturity", "DevOps maturity"),
          Map.entry("operations.deploy", "Deploy target"),
          Map.entry("operations.memoryPerInstanceMb", "Memory per instance"),
          Map.entry("operations.runtimes", "Runtimes already run in production"),
          Map.entry("constraints.languages", "Only these languages"),
          Map.entry("constraints.excludeLanguages", "Never these languages"),
          Map.entry("constraints.runtimes", "Only these runtimes"),
          Map.entry("constraints.excludeRuntimes", "Never these runtimes"),
          Map.entry("constraints.require", "Must be built in or first-party"),
          Map.entry("constraints.licenses", "Allowed licenses"),
          Map.entry("constraints.frameworks", "Only consider these frameworks"),
          Map.entry("weights", "Weights"),
          Map.entry("weights.direct", "Weights (sliders)"),
          Map.entry("weights.pairwise", "Weights (pairwise comparisons)"));

  private FieldLabels() {}

  /** The label of the field at {@code path}; "Languages the team knows, row 2: level" for items. */
  static String of(String path) {
    String label = LABELS.get(path);
    if (label != null) {
      return label;
    }
    Matcher item = ITEM.matcher(path);
    if (item.matches()) {
      String list = of(item.group(1));
      String row = list + ", row " + (Integer.parseInt(item.group(2)) + 1);
      return item.group(3) == null
          ? row
          : row + ": " + Labels.humanize(item.group(3)).toLowerCase(Locale.ROOT);
    }
    int dot = path.lastIndexOf('.');
    if (dot > 0 && LABELS.containsKey(path.substring(0, dot))) {
      return of(path.substring(0, dot)) + ": " + Labels.humanize(path.substring(dot + 1));
    }
    return Labels.humanize(path.substring(dot + 1));
  }
}
