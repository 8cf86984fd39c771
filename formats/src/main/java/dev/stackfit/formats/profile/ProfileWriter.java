package dev.stackfit.formats.profile;

import dev.stackfit.core.Identified;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.RatioText;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.WeightSpec;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a profile as YAML in the format {@link ProfileReader} reads, every field explicit (the
 * optional ones added after format 1 began only when set), so that reading the output gives an
 * equal profile. A backtest's {@code case} block is documentation of the source, not of the team,
 * and is not written.
 */
public final class ProfileWriter {
  // Plain scalars that the YAML core schema would not read back as strings need quotes.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._+-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "y", "n", "yes", "no", "on", "off");

  private ProfileWriter() {}

  /** The profile as YAML text ending in a newline. */
  public static String toYaml(Profile profile) {
    StringBuilder out = new StringBuilder();
    out.append("stackfit: ").append(ProfileReader.FORMAT_VERSION).append('\n');
    out.append("name: ").append(quoted(profile.name())).append('\n');
    team(out, profile.team());
    project(out, profile.project());
    operations(out, profile.operations());
    constraints(out, profile.constraints());
    weights(out, profile.weights());
    profile.current().ifPresent(current -> current(out, current));
    return out.toString();
  }

  private static void team(StringBuilder out, Team team) {
    out.append("team:\n");
    field(out, "size", team.size());
    field(out, "distributed", team.distributed());
    field(out, "turnover", team.turnover().id());
    field(out, "asyncExperience", team.asyncExperience().id());
    if (team.skills().isEmpty()) {
      field(out, "skills", "[]");
    } else {
      out.append("  skills:\n");
      team.skills().forEach(skill -> out.append("    - ").append(skill(skill)).append('\n'));
    }
    team.frontendLanguage().ifPresent(language -> field(out, "frontendLanguage", language.id()));
    if (team.fullStack()) {
      field(out, "fullStack", true);
    }
  }

  private static String skill(Skill skill) {
    String subject =
        skill
            .language()
            .map(l -> "language: " + l.id())
            .orElseGet(() -> "framework: " + scalar(skill.framework().orElseThrow()));
    return "{ " + subject + ", level: " + skill.level().id() + " }";
  }

  private static void project(StringBuilder out, Project project) {
    out.append("project:\n");
    field(out, "lifespanYears", number(project.lifespanYears()));
    Traffic traffic = project.traffic();
    out.append("  traffic:\n");
    out.append("    peakRps: ").append(traffic.peakRps()).append('\n');
    out.append("    peakRpsIn3Years: ").append(traffic.peakRpsIn3Years()).append('\n');
    out.append("    p99LatencyMs: ").append(traffic.p99LatencyMs()).append('\n');
    field(out, "workload", project.workload().id());
    field(out, "realtime", project.realtime());
    field(out, "data", project.data().id());
    field(out, "needs", ids(project.needs()));
    field(out, "architecture", project.architecture().id());
    field(out, "interop", ids(project.interop()));
    field(out, "critical", project.critical());
    if (!project.asyncIo().isEmpty()) {
      field(out, "asyncIo", ids(project.asyncIo()));
    }
  }

  private static void operations(StringBuilder out, Operations operations) {
    out.append("operations:\n");
    field(out, "runtimes", ids(operations.runtimes()));
    field(out, "devopsMaturity", operations.devopsMaturity().id());
    field(out, "deploy", operations.deploy().id());
    operations.memoryPerInstanceMb().ifPresent(mb -> field(out, "memoryPerInstanceMb", mb));
    operations.startupBudgetMs().ifPresent(ms -> field(out, "startupBudgetMs", ms));
  }

  private static void current(StringBuilder out, CurrentStack current) {
    out.append("current:\n");
    if (current.framework().isPresent()) {
      field(out, "framework", scalar(current.framework().get()));
    } else {
      field(out, "name", quoted(current.name()));
      field(out, "language", current.language().orElseThrow().id());
    }
    if (!current.version().isEmpty()) {
      field(out, "version", quoted(current.version()));
    }
    current.endpoints().ifPresent(n -> field(out, "endpoints", n));
    current.kloc().ifPresent(k -> field(out, "kloc", number(k)));
    if (current.pains().isEmpty()) {
      field(out, "pains", "[]");
      return;
    }
    out.append("  pains:\n");
    for (Pain pain : current.pains()) {
      out.append("    - { kind: ").append(pain.kind().id());
      if (!pain.note().isEmpty()) {
        out.append(", note: ").append(quoted(pain.note()));
      }
      out.append(" }\n");
    }
  }

  private static void constraints(StringBuilder out, Constraints constraints) {
    out.append("constraints:\n");
    field(out, "languages", ids(constraints.languages()));
    field(out, "excludeLanguages", ids(constraints.excludeLanguages()));
    field(out, "runtimes", ids(constraints.runtimes()));
    field(out, "excludeRuntimes", ids(constraints.excludeRuntimes()));
    field(out, "require", ids(constraints.require()));
    field(out, "licenses", strings(constraints.licenses()));
    field(out, "frameworks", strings(constraints.frameworks()));
  }

  private static void weights(StringBuilder out, WeightSpec weights) {
    switch (weights) {
      case WeightSpec.Derived derived -> {}
      case WeightSpec.Direct direct -> {
        out.append("weights:\n  direct:");
        if (direct.relative().isEmpty()) {
          out.append(" {}");
        }
        out.append('\n');
        direct
            .relative()
            .forEach(
                (criterion, weight) ->
                    out.append("    ")
                        .append(criterion.id())
                        .append(": ")
                        .append(number(weight))
                        .append('\n'));
      }
      case WeightSpec.Pairwise pairwise -> {
        out.append("weights:\n  pairwise:\n");
        pairwise.judgments().forEach(j -> out.append("    - ").append(judgment(j)).append('\n'));
      }
    }
  }

  private static String judgment(PairwiseJudgment judgment) {
    String ratio = RatioText.format(judgment.ratio());
    return "["
        + judgment.left().id()
        + ", "
        + judgment.right().id()
        + ", "
        + (ratio.contains("/") ? '"' + ratio + '"' : ratio)
        + "]";
  }

  private static void field(StringBuilder out, String key, Object value) {
    out.append("  ").append(key).append(": ").append(value).append('\n');
  }

  private static String ids(Collection<? extends Identified> values) {
    return values.stream().map(Identified::id).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String strings(Collection<String> values) {
    return values.stream().map(ProfileWriter::scalar).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A plain scalar where YAML reads it back as the same string, else a quoted one. */
  private static String scalar(String text) {
    boolean plain =
        PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
    return plain ? text : quoted(text);
  }

  /** A double-quoted YAML scalar; escapes what YAML would otherwise fold or reject. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                  if (c < 0x20
                      || c == 0x7f
                      || c == 0x85
                      || c == 0x2028
                      || c == 0x2029
                      || c == 0xFEFF) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
