package dev.stackfit.formats.profile;

import static dev.stackfit.formats.profile.ProfileFixtures.READER;
import static dev.stackfit.formats.profile.ProfileFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stackfit.core.InvalidInputException;
import dev.stackfit.core.Problem;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.Pain;
import dev.stackfit.core.profile.PainKind;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.WeightSpec;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileReaderTests {
  private static List<String> problems(String yaml) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> READER.parse(yaml, "p.yaml"));
    assertThat(e).as("expected the profile to be rejected").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void readsTheContractExample() {
    Profile profile = READER.read(fixture("good/checkout.yaml"));
    assertThat(profile.name()).isEqualTo("Checkout service");
    assertThat(profile.team().skills())
        .containsExactly(
            Skill.language(Language.JAVA, Level.EXPERT),
            Skill.framework("spring-boot", Level.WORKING));
    assertThat(profile.project().traffic()).isEqualTo(new Traffic(200, 5000, 250));
    assertThat(profile.project().data()).isEqualTo(DataKind.RELATIONAL_COMPLEX);
    assertThat(profile.project().needs())
        .containsExactly(Feature.ORM, Feature.MIGRATIONS, Feature.AUTH, Feature.TRANSACTIONS);
    assertThat(profile.project().interop()).containsExactly(Interop.GRPC, Interop.MESSAGE_QUEUE);
    assertThat(profile.project().critical()).isTrue();
    assertThat(profile.operations())
        .isEqualTo(
            new Operations(
                Set.of(Runtime.JVM),
                dev.stackfit.core.profile.DevopsMaturity.MEDIUM,
                Deploy.KUBERNETES,
                OptionalInt.of(1024)));
    assertThat(profile.constraints().excludeLanguages()).containsExactly(Language.PHP);
    assertThat(profile.constraints().licenses()).containsExactly("Apache-2.0", "MIT");
    assertThat(profile.weights())
        .isEqualTo(
            new WeightSpec.Pairwise(
                List.of(
                    new PairwiseJudgment(Criterion.TEAM_EXPERTISE, Criterion.SCALE_FIT, 3),
                    new PairwiseJudgment(Criterion.SCALE_FIT, Criterion.FEATURE_FIT, 1.0 / 3))));
  }

  @Test
  void readsACurrentStackFromTheCatalogOrByNameAndLanguage() {
    CurrentStack django =
        READER.read(fixture("good/current-catalogued.yaml")).current().orElseThrow();
    assertThat(django.framework()).hasValue("django");
    assertThat(django.name()).isEqualTo("django");
    assertThat(django.version()).isEqualTo("3.2");
    assertThat(django.endpoints()).hasValue(40);
    assertThat(django.pains())
        .containsExactly(
            new Pain(PainKind.END_OF_LIFE, "3.2 LTS ended in April 2024"),
            new Pain(PainKind.LATENCY, ""));
    CurrentStack inHouse =
        READER.read(fixture("good/current-outside-catalog.json")).current().orElseThrow();
    assertThat(inHouse.framework()).isEmpty();
    assertThat(inHouse.language()).hasValue(Language.PHP);
    assertThat(inHouse.version()).isEqualTo("4");
    assertThat(inHouse.kloc()).hasValue(120.5);
  }

  @Test
  void reportsEachBadValueOfTheCurrentStackAtItsLine() {
    assertThatThrownBy(() -> READER.read(fixture("bad/current-bad-pain.yaml")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("current-bad-pain.yaml:5:14: current.endpoints: ")
        .hasMessageContaining(
            "current-bad-pain.yaml:7:15: current.pains[0].kind: \"slowness\" is not one of"
                + " throughput-cost, latency, hiring, end-of-life, productivity, reliability");
    assertThatThrownBy(
            () ->
                READER.parse(
                    "stackfit: 1\nname: x\ncurrent:\n  framework: djangoo\n  kloc: 1e9\n",
                    "p.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("p.yaml:4:14: current.framework: unknown framework id \"djangoo\"")
        .hasMessageContaining("p.yaml:5:9: current.kloc: ");
    assertThatThrownBy(
            () ->
                READER.parse(
                    "stackfit: 1\nname: x\ncurrent:\n  name: Legacy\n  pains: [{note: x}]\n",
                    "p.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("p.yaml:4:3: current: a stack outside the catalog needs its language")
        .hasMessageContaining("current.pains[0].kind: is required");
    assertThatThrownBy(() -> READER.read(fixture("bad/current-both-names.yaml")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "current: name the current stack with either framework (a catalog id) or name and"
                + " language");
  }

  @Test
  void jsonAndYamlGiveEqualProfiles() {
    assertThat(READER.read(fixture("good/checkout.json")))
        .isEqualTo(READER.read(fixture("good/checkout.yaml")));
  }

  @Test
  void fillsEveryLeftOutSectionWithTheCoreDefaults() {
    Profile profile = READER.parse("stackfit: 1\nname: Prototype\n", "p.yaml");
    assertThat(profile)
        .isEqualTo(
            new Profile(
                "Prototype",
                Team.DEFAULT,
                Project.DEFAULT,
                Operations.DEFAULT,
                Constraints.NONE,
                new WeightSpec.Derived()));
  }

  @Test
  void defaultsTheThreeYearPeakToTodaysPeak() {
    Profile profile =
        READER.parse("stackfit: 1\nname: x\nproject: {traffic: {peakRps: 900}}", "p.yaml");
    assertThat(profile.project().traffic()).isEqualTo(new Traffic(900, 900, 500));
  }

  @Test
  void readsDirectWeightsAndFractionRatios() {
    Profile profile = READER.read(fixture("good/direct-weights.yaml"));
    assertThat(profile.weights())
        .isEqualTo(
            new WeightSpec.Direct(Map.of(Criterion.TEAM_EXPERTISE, 3.0, Criterion.SCALE_FIT, 0.5)));
    assertThat(profile.project().shortLived()).isTrue();
  }

  @Test
  void namesTheFieldPathOfAnUnknownLevel() {
    assertThat(problems(ProfileFixtures.text("bad/bad-level.yaml")))
        .containsExactly(
            "p.yaml:6:30: team.skills[1].level: \"guru\" is not one of none, basic, working,"
                + " expert");
  }

  @Test
  void reportsOutOfRangeValues() {
    assertThat(problems("stackfit: 1\nname: x\nteam: { size: 0 }\nproject: {lifespanYears: 0}"))
        .containsExactly(
            "p.yaml:3:15: team.size: 0 is out of range 1..100000",
            "p.yaml:4:26: project.lifespanYears: 0 is out of range; a lifespan must be above 0"
                + " (use 0.5 for six months)");
  }

  @Test
  void reportsUnknownKeysAtEveryDepth() {
    assertThat(
            problems(
                """
                stackfit: 1
                name: x
                colour: red
                team:
                  colour: blue
                  skills: [{language: go, level: basic, years: 3}]
                project:
                  traffic: {peakRps: 1, burst: 2}
                weights: {ahp: []}
                """))
        .containsExactly(
            "p.yaml:3:1: colour: unknown key; expected one of stackfit, name, team, project,"
                + " operations, constraints, weights, current, case",
            "p.yaml:5:3: team.colour: unknown key; expected one of size, distributed, turnover,"
                + " asyncExperience, skills, frontendLanguage, fullStack",
            "p.yaml:6:41: team.skills[0].years: unknown key; expected one of language, framework,"
                + " level",
            "p.yaml:8:25: project.traffic.burst: unknown key; expected one of peakRps,"
                + " peakRpsIn3Years, p99LatencyMs",
            "p.yaml:9:11: weights.ahp: unknown key; expected one of direct, pairwise");
  }

  @Test
  void reportsWrongTypes() {
    assertThat(
            problems(
                "stackfit: 1\nname: [a]\nteam: {size: six, distributed: 1}\nproject: {needs: orm}"))
        .containsExactly(
            "p.yaml:2:7: name: expected a string, got a list",
            "p.yaml:3:14: team.size: expected an integer, got \"six\"",
            "p.yaml:3:32: team.distributed: expected true or false, got 1",
            "p.yaml:4:18: project.needs: expected a list, got \"orm\"");
  }

  @Test
  void reportsUnknownIdsOfEveryKind() {
    List<String> found =
        problems(
            """
            stackfit: 1
            name: x
            team:
              turnover: sometimes
              skills: [{framework: sprng-boot, level: expert}]
            constraints: {frameworks: [express, expresso], excludeRuntimes: [deno]}
            """);
    assertThat(found)
        .containsExactly(
            "p.yaml:4:13: team.turnover: \"sometimes\" is not one of low, medium, high",
            "p.yaml:5:24: team.skills[0].framework: unknown framework id \"sprng-boot\"",
            "p.yaml:6:37: constraints.frameworks[1]: unknown framework id \"expresso\"",
            "p.yaml:6:66: constraints.excludeRuntimes[0]: \"deno\" is not one of node, cpython,"
                + " ruby, php, jvm, dotnet, native, beam");
  }

  @Test
  void requiresTheFormatVersionAndName() {
    assertThat(problems("team: {size: 3}\n"))
        .containsExactly("p.yaml:1:1: stackfit: is required", "p.yaml:1:1: name: is required");
    assertThat(problems("stackfit: 2\nname: x\n"))
        .containsExactly(
            "p.yaml:1:11: stackfit: profile format version 2 is not supported; this stackfit reads"
                + " version 1");
    assertThat(problems("stackfit: 1\nname: '  '\n"))
        .containsExactly("p.yaml:2:7: name: must not be blank");
  }

  @Test
  void reportsDuplicateKeysWithTheOtherProblems() {
    assertThat(problems("stackfit: 1\nname: a\nname: b\nteam: {size: -1}\n"))
        .containsExactly(
            "p.yaml:3:1: name: duplicate key; first given on line 2",
            "p.yaml:4:14: team.size: -1 is out of range 1..100000");
  }

  @Test
  void requiresExactlyOneOfLanguageOrFramework() {
    assertThat(
            problems(
                "stackfit: 1\nname: x\nteam:\n  skills:\n"
                    + "    - {language: java, framework: javalin, level: expert}\n"
                    + "    - {level: basic}\n"))
        .containsExactly(
            "p.yaml:5:7: team.skills[0]: a skill names exactly one of language or framework",
            "p.yaml:6:7: team.skills[1]: a skill names exactly one of language or framework");
  }

  @Test
  void rejectsDirectAndPairwiseWeightsTogether() {
    assertThat(problems(ProfileFixtures.text("bad/both-weights.yaml")))
        .containsExactly("p.yaml:4:3: weights: give either direct or pairwise weights, not both");
  }

  @Test
  void directWeightsThatAreAllZeroAreAProblemAtTheWeights() {
    assertThat(
            problems(
                """
                stackfit: 1
                name: x
                weights:
                  direct: {team-expertise: 0, scale-fit: 0}
                """))
        .singleElement()
        .asString()
        .startsWith("p.yaml:4:")
        .contains("weights.direct: at least one criterion needs a weight above zero");
  }

  @Test
  void rejectsRepeatedAndContradictoryJudgments() {
    assertThat(
            problems(
                """
                stackfit: 1
                name: x
                weights:
                  pairwise:
                    - [team-expertise, scale-fit, 3]
                    - [scale-fit, team-expertise, "1/3"]
                    - [feature-fit, scale-fit, 2]
                    - [scale-fit, feature-fit, 2]
                    - [feature-fit, feature-fit, 1]
                    - [team-expertise, operational-fit, 10]
                    - [team-expertise, structure-fit, "a/b"]
                    - [team-expertise]
                """))
        .containsExactly(
            "p.yaml:6:7: weights.pairwise[1]: compares scale-fit and team-expertise again; first"
                + " compared at weights.pairwise[0]",
            "p.yaml:8:7: weights.pairwise[3]: contradicts weights.pairwise[2]: scale-fit and"
                + " feature-fit were judged 1/2 there and 2 here",
            "p.yaml:9:7: weights.pairwise[4]: compares feature-fit with itself",
            "p.yaml:10:41: weights.pairwise[5][2]: 10 is out of range 1/9..9",
            "p.yaml:11:39: weights.pairwise[6][2]: expected a ratio such as 3 or \"1/3\", got"
                + " \"a/b\"",
            "p.yaml:12:7: weights.pairwise[7]: expected [left, right, ratio], got a list of 1");
  }

  @Test
  void reportsUnknownCriteriaInDirectWeights() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> READER.read(fixture("bad/unknown-criterion.json")));
    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.path()).isEqualTo("weights.direct.beauty");
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message())
        .isEqualTo(
            "\"beauty\" is not one of team-expertise, scale-fit, ecosystem-health,"
                + " operational-fit, structure-fit, feature-fit");
  }

  @Test
  void rejectsARootThatIsNotAMapping() {
    assertThat(problems("- stackfit: 1\n"))
        .containsExactly("p.yaml:1:1: expected a mapping, got a list");
  }

  @Test
  void readsTheDriversAddedForRealDecisions() {
    Profile p =
        READER.parse(
            """
            stackfit: 1
            name: drivers
            team: { frontendLanguage: typescript, fullStack: true }
            project: { asyncIo: [slow-upstream, streaming] }
            operations: { startupBudgetMs: 800 }
            current:
              name: in-house servlets
              language: java
              kloc: 40
              pains:
                - { kind: throughput-cost, note: "too many servers" }
            """,
            "p.yaml");
    assertThat(p.team().frontendLanguage()).contains(Language.TYPESCRIPT);
    assertThat(p.team().fullStack()).isTrue();
    assertThat(p.project().asyncIo()).containsExactly(AsyncIo.SLOW_UPSTREAM, AsyncIo.STREAMING);
    assertThat(p.operations().startupBudgetMs()).hasValue(800);
    assertThat(p.current())
        .hasValueSatisfying(
            c -> {
              assertThat(c.name()).isEqualTo("in-house servlets");
              assertThat(c.language()).contains(Language.JAVA);
              assertThat(c.kloc()).hasValue(40);
              assertThat(c.painKinds()).containsExactly(PainKind.THROUGHPUT_COST);
            });
    assertThat(READER.parse(ProfileWriter.toYaml(p), "again")).isEqualTo(p);
  }

  @Test
  void reportsBadDriverAndCurrentStackValuesWithTheirLines() {
    assertThat(
            problems(
                """
                stackfit: 1
                name: bad
                project: { asyncIo: [slow] }
                operations: { startupBudgetMs: 0 }
                current:
                  framework: django
                  name: also named
                  pains:
                    - { kind: boredom }
                """))
        .containsExactly(
            "p.yaml:3:22: project.asyncIo[0]: \"slow\" is not one of slow-upstream, streaming,"
                + " fan-out, long-requests",
            "p.yaml:4:32: operations.startupBudgetMs: 0 is out of range 1..600000",
            "p.yaml:6:3: current: name the current stack with either framework (a catalog id) or"
                + " name and language",
            "p.yaml:9:15: current.pains[0].kind: \"boredom\" is not one of throughput-cost,"
                + " latency, hiring, end-of-life, productivity, reliability");
    assertThat(
            problems(
                """
                stackfit: 1
                name: outside
                current: { name: legacy }
                """))
        .containsExactly(
            "p.yaml:3:10: current: a stack outside the catalog needs its language (for example"
                + " language: java)");
  }
}
