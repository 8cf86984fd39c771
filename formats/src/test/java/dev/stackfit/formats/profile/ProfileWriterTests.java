package dev.stackfit.formats.profile;

import static dev.stackfit.formats.profile.ProfileFixtures.READER;
import static dev.stackfit.formats.profile.ProfileFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackfit.core.Identified;
import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.criteria.Criterion;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.DevopsMaturity;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Operations;
import dev.stackfit.core.profile.PairwiseJudgment;
import dev.stackfit.core.profile.Profile;
import dev.stackfit.core.profile.Project;
import dev.stackfit.core.profile.Skill;
import dev.stackfit.core.profile.Team;
import dev.stackfit.core.profile.Traffic;
import dev.stackfit.core.profile.Turnover;
import dev.stackfit.core.profile.WeightSpec;
import dev.stackfit.core.profile.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ProfileWriterTests {
  private static final List<String> IDS = List.copyOf(ProfileFixtures.FRAMEWORK_IDS);

  @Test
  void writesTheContractExampleBackToAnEqualProfile() {
    Profile profile = READER.read(fixture("good/checkout.yaml"));
    String yaml = ProfileWriter.toYaml(profile);
    assertThat(yaml).contains("    - { language: java, level: expert }\n");
    assertThat(yaml).contains("    - [scale-fit, feature-fit, \"1/3\"]\n");
    assertThat(READER.parse(yaml, "export.yaml")).isEqualTo(profile);
  }

  @Test
  void quotesNamesThatYamlWouldReadAsSomethingElse() {
    for (String name : List.of("true", "1/3", "a: b", "# x", "null", "line\nbreak", " padded ")) {
      Profile profile =
          new Profile(
              name,
              Team.DEFAULT,
              Project.DEFAULT,
              Operations.DEFAULT,
              Constraints.NONE,
              new WeightSpec.Derived());
      assertThat(READER.parse(ProfileWriter.toYaml(profile), "n.yaml").name()).isEqualTo(name);
    }
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesAnEqualProfile(@ForAll("profiles") Profile profile) {
    assertThat(READER.parse(ProfileWriter.toYaml(profile), "export.yaml")).isEqualTo(profile);
  }

  @Provide
  Arbitrary<Profile> profiles() {
    return Combinators.combine(text(), teams(), projects(), operations(), constraints(), weights())
        .as(Profile::new);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("éü中\n\t")
        .ofMinLength(1)
        .ofMaxLength(20)
        .filter(s -> !s.isBlank());
  }

  private static <E extends Enum<E> & Identified> Arbitrary<E> one(Class<E> type) {
    return Arbitraries.of(type);
  }

  private static <E extends Enum<E> & Identified> Arbitrary<Set<E>> some(Class<E> type) {
    return Arbitraries.of(type).set();
  }

  private static Arbitrary<Team> teams() {
    Arbitrary<Skill> skill =
        Arbitraries.oneOf(
            Combinators.combine(one(Language.class), one(Level.class)).as(Skill::language),
            Combinators.combine(Arbitraries.of(IDS), one(Level.class)).as(Skill::framework));
    return Combinators.combine(
            Arbitraries.integers().between(1, 100_000),
            Arbitraries.of(true, false),
            one(Turnover.class),
            one(AsyncExperience.class),
            skill.list().ofMaxSize(4))
        .as(Team::new);
  }

  private static Arbitrary<Project> projects() {
    Arbitrary<Integer> rps = Arbitraries.integers().between(0, 100_000_000);
    Arbitrary<Traffic> traffic =
        Combinators.combine(rps, rps, Arbitraries.integers().between(1, 600_000)).as(Traffic::new);
    return Combinators.combine(
            Arbitraries.doubles().between(0.01, 100).ofScale(6),
            traffic,
            one(Workload.class),
            Arbitraries.of(true, false),
            one(DataKind.class),
            some(Feature.class),
            one(Architecture.class),
            some(Interop.class))
        .flatAs(
            (years, t, w, rt, d, needs, a, interop) ->
                Arbitraries.of(true, false)
                    .map(critical -> new Project(years, t, w, rt, d, needs, a, interop, critical)));
  }

  private static Arbitrary<Operations> operations() {
    Arbitrary<OptionalInt> memory =
        Arbitraries.integers()
            .between(16, 1_048_576)
            .map(OptionalInt::of)
            .injectNull(0.3)
            .map(m -> m == null ? OptionalInt.empty() : m);
    return Combinators.combine(
            some(Runtime.class), one(DevopsMaturity.class), one(Deploy.class), memory)
        .as(Operations::new);
  }

  private static Arbitrary<Constraints> constraints() {
    return Combinators.combine(
            some(Language.class),
            some(Language.class),
            some(Runtime.class),
            some(Runtime.class),
            some(Feature.class),
            text()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .list()
                .uniqueElements()
                .ofMaxSize(3),
            Arbitraries.of(IDS).set().ofMaxSize(4))
        .as(Constraints::new);
  }

  private static Arbitrary<WeightSpec> weights() {
    Arbitrary<WeightSpec> direct =
        Arbitraries.maps(one(Criterion.class), Arbitraries.doubles().between(0, 1000))
            // The reader refuses weights that are all zero: they carry no information.
            .filter(m -> m.values().stream().anyMatch(w -> w > 0))
            .map(WeightSpec.Direct::new);
    Arbitrary<Double> ratio =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 9).map(n -> (double) n),
            Arbitraries.integers().between(2, 9).map(n -> 1.0 / n),
            Arbitraries.doubles().between(0.12, 9).ofScale(8));
    Arbitrary<WeightSpec> pairwise =
        ratio
            .list()
            .ofSize(15)
            .flatMap(
                ratios ->
                    Arbitraries.integers()
                        .between(1, 15)
                        .map(count -> pairwise(ratios.subList(0, count))));
    return Arbitraries.oneOf(Arbitraries.just(new WeightSpec.Derived()), direct, pairwise);
  }

  private static WeightSpec pairwise(List<Double> ratios) {
    Criterion[] all = Criterion.values();
    List<PairwiseJudgment> judgments = new ArrayList<>();
    for (int i = 0; i < all.length && judgments.size() < ratios.size(); i++) {
      for (int j = i + 1; j < all.length && judgments.size() < ratios.size(); j++) {
        judgments.add(new PairwiseJudgment(all[i], all[j], ratios.get(judgments.size())));
      }
    }
    return new WeightSpec.Pairwise(judgments);
  }
}
