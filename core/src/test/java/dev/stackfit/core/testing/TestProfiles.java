package dev.stackfit.core.testing;

import dev.stackfit.core.catalog.Feature;
import dev.stackfit.core.catalog.Language;
import dev.stackfit.core.catalog.Runtime;
import dev.stackfit.core.profile.Architecture;
import dev.stackfit.core.profile.AsyncExperience;
import dev.stackfit.core.profile.AsyncIo;
import dev.stackfit.core.profile.Constraints;
import dev.stackfit.core.profile.CurrentStack;
import dev.stackfit.core.profile.DataKind;
import dev.stackfit.core.profile.Deploy;
import dev.stackfit.core.profile.DevopsMaturity;
import dev.stackfit.core.profile.Interop;
import dev.stackfit.core.profile.Level;
import dev.stackfit.core.profile.Operations;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Test-data builder for profiles, starting from the documented defaults. */
public final class TestProfiles {
  private int size = 5;
  private boolean distributed;
  private Turnover turnover = Turnover.LOW;
  private AsyncExperience async = AsyncExperience.SOME;
  private final List<Skill> skills = new ArrayList<>();
  private double lifespan = 3;
  private Traffic traffic = Traffic.DEFAULT;
  private Workload workload = Workload.IO_BOUND;
  private boolean realtime;
  private DataKind data = DataKind.RELATIONAL_SIMPLE;
  private Set<Feature> needs = Set.of();
  private Architecture architecture = Architecture.MONOLITH;
  private Set<Interop> interop = Set.of();
  private boolean critical;
  private Set<Runtime> runtimes = Set.of();
  private DevopsMaturity devops = DevopsMaturity.MEDIUM;
  private Deploy deploy = Deploy.CONTAINERS;
  private OptionalInt memory = OptionalInt.empty();
  private Constraints constraints = Constraints.NONE;
  private WeightSpec weights = new WeightSpec.Derived();
  private Optional<Language> frontendLanguage = Optional.empty();
  private boolean fullStack;
  private Set<AsyncIo> asyncIo = Set.of();
  private OptionalInt startupBudget = OptionalInt.empty();
  private Optional<CurrentStack> current = Optional.empty();

  public static TestProfiles profile() {
    return new TestProfiles();
  }

  public TestProfiles size(int value) {
    size = value;
    return this;
  }

  public TestProfiles distributed() {
    distributed = true;
    return this;
  }

  public TestProfiles turnover(Turnover value) {
    turnover = value;
    return this;
  }

  public TestProfiles async(AsyncExperience value) {
    async = value;
    return this;
  }

  public TestProfiles knows(Language language, Level level) {
    skills.add(Skill.language(language, level));
    return this;
  }

  public TestProfiles knowsFramework(String id, Level level) {
    skills.add(Skill.framework(id, level));
    return this;
  }

  public TestProfiles lifespan(double years) {
    lifespan = years;
    return this;
  }

  public TestProfiles traffic(int now, int in3Years, int p99Ms) {
    traffic = new Traffic(now, in3Years, p99Ms);
    return this;
  }

  public TestProfiles workload(Workload value) {
    workload = value;
    return this;
  }

  public TestProfiles realtime() {
    realtime = true;
    return this;
  }

  public TestProfiles data(DataKind value) {
    data = value;
    return this;
  }

  public TestProfiles needs(Feature... values) {
    needs = Set.of(values);
    return this;
  }

  public TestProfiles architecture(Architecture value) {
    architecture = value;
    return this;
  }

  public TestProfiles interop(Interop... values) {
    interop = Set.of(values);
    return this;
  }

  public TestProfiles critical() {
    critical = true;
    return this;
  }

  public TestProfiles runtimes(Runtime... values) {
    runtimes = Set.of(values);
    return this;
  }

  public TestProfiles devops(DevopsMaturity value) {
    devops = value;
    return this;
  }

  public TestProfiles deploy(Deploy value) {
    deploy = value;
    return this;
  }

  public TestProfiles memory(int mb) {
    memory = OptionalInt.of(mb);
    return this;
  }

  public TestProfiles constraints(Constraints value) {
    constraints = value;
    return this;
  }

  public TestProfiles weights(WeightSpec value) {
    weights = value;
    return this;
  }

  /** The team writes its browser code in {@code language}; {@code fullStack}: the same people. */
  public TestProfiles frontend(Language language, boolean fullStack) {
    frontendLanguage = Optional.of(language);
    this.fullStack = fullStack;
    return this;
  }

  public TestProfiles asyncIo(AsyncIo... values) {
    asyncIo = Set.of(values);
    return this;
  }

  public TestProfiles startupBudget(int ms) {
    startupBudget = OptionalInt.of(ms);
    return this;
  }

  /** The stack in production today. */
  public TestProfiles current(CurrentStack value) {
    current = Optional.of(value);
    return this;
  }

  public Profile build() {
    return new Profile(
        "test profile",
        new Team(size, distributed, turnover, async, skills, frontendLanguage, fullStack),
        new Project(
            lifespan,
            traffic,
            workload,
            realtime,
            data,
            needs,
            architecture,
            interop,
            critical,
            asyncIo),
        new Operations(runtimes, devops, deploy, memory, startupBudget),
        constraints,
        weights,
        current,
        Optional.empty());
  }
}
