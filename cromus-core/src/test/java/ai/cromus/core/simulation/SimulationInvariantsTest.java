package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.internal.simulation.SimulationStage;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over generated catalogs, workflows and scopes, one seed per case (the seed is in the
 * test name and in every failure message).
 */
class SimulationInvariantsTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  static Random rnd(long seed) {
    return new Random(seed * 7919);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void totalsAreTheSumOfTheParts(long seed) {
    Random r = rnd(seed);
    ModelCatalog c = Generated.catalog(r::nextInt);
    Workflow wf = Generated.workflow(r::nextInt, c, true);
    SimulationOutcome res =
        SimulationStage.run(wf, Generated.scope(r::nextInt), c, TestCatalog.AS_OF);
    checkTotals(res, "seed " + seed);
  }

  static void checkTotals(SimulationOutcome res, String what) {
    long runs = res.simulation().runsPerMonth();
    java.util.List<PlanSimulation> plans =
        new java.util.ArrayList<>(res.simulation().modes().values());
    plans.add(res.simulation().declared());
    for (PlanSimulation p : plans) {
      Money sum = p.steps().stream().map(StepSimulation::cost).reduce(Money.ZERO, Money::plus);
      assertThat(p.perRun()).as("%s %s", what, p.mode()).isEqualTo(sum);
      assertThat(p.perMonth()).as("%s %s", what, p.mode()).isEqualTo(p.perRun().times(runs));
      assertThat(p.latencySeconds())
          .as("%s %s", what, p.mode())
          .isLessThanOrEqualTo(p.serialLatencySeconds());
      assertThat(p.failureRisk())
          .as("%s %s", what, p.mode())
          .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      p.steps()
          .forEach(
              s -> {
                assertThat(s.cost().isNegative()).as("%s %s", what, s).isFalse();
                assertThat(s.retryCost().isGreaterThan(s.cost())).as("%s %s", what, s).isFalse();
              });
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void modesAreOrderedByCostWhereFeasible(long seed) {
    Random r = rnd(seed);
    ModelCatalog c = Generated.catalog(r::nextInt);
    Workflow wf = Generated.workflow(r::nextInt, c, true);
    Simulation s = SimulationStage.run(wf, Scope.defaults(), c, TestCatalog.AS_OF).simulation();
    Money eco = s.mode(CostMode.ECO).perRun();
    Money cost = s.mode(CostMode.COST).perRun();
    Money balanced = s.mode(CostMode.BALANCED).perRun();
    Money quality = s.mode(CostMode.QUALITY).perRun();
    boolean feasible =
        s.modes().values().stream()
            .filter(p -> p.mode().get() != CostMode.OPEN_SOURCE)
            .allMatch(PlanSimulation::feasible);
    if (feasible) {
      assertThat(eco.isGreaterThan(cost))
          .as("seed %d: eco %s > cost %s", seed, eco, cost)
          .isFalse();
      assertThat(cost.isGreaterThan(balanced))
          .as("seed %d: cost %s > balanced %s", seed, cost, balanced)
          .isFalse();
      assertThat(balanced.isGreaterThan(quality))
          .as("seed %d: balanced %s > quality %s", seed, balanced, quality)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void gatesAreNeverViolatedAndOpenSourceIsOpenWeights(long seed) {
    Random r = rnd(seed);
    ModelCatalog c = Generated.catalog(r::nextInt);
    Workflow wf = Generated.workflow(r::nextInt, c, true);
    Scope scope = Generated.scope(r::nextInt);
    SimulationOutcome res = SimulationStage.run(wf, scope, c, TestCatalog.AS_OF);
    checkGates(res, scope, c, "seed " + seed);
  }

  static void checkGates(SimulationOutcome res, Scope scope, ModelCatalog c, String what) {
    ScopeFilter f = new ScopeFilter(scope, c);
    for (PlanSimulation p : res.simulation().modes().values()) {
      for (StepSimulation s : p.steps()) {
        if (s.model().isEmpty()) {
          continue;
        }
        Model m = c.find(s.model().get()).get();
        Offering o = m.offering(s.channel().get()).get();
        assertThat(f.allows(m, o))
            .as("%s %s %s on %s", what, p.mode(), m.id(), o.channel())
            .isTrue();
        assertThat(m.capabilityTier().isAtLeast(s.requiredTier().get()))
            .as("%s %s", what, s)
            .isTrue();
        if (p.mode().get() == CostMode.OPEN_SOURCE) {
          assertThat(m.openWeights()).as("%s %s", what, m.id()).isTrue();
        }
      }
    }
    for (Recommendation rec : res.recommendations()) {
      Model m = c.find(rec.model()).get();
      assertThat(f.allows(m, m.offering(rec.channel()).get())).as("%s %s", what, rec).isTrue();
      for (Alternative a : rec.alternatives()) {
        Model am = c.find(a.model()).get();
        assertThat(f.allows(am, am.offering(a.channel()).get())).as("%s %s", what, a).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void monthlyCostIsMonotonicInVolume(long seed) {
    Random r = rnd(seed);
    ModelCatalog c = Generated.catalog(r::nextInt);
    // without a cache prefix: a warmer cache at higher volume may lower the cost per run
    Workflow wf = Generated.workflow(r::nextInt, c, false);
    long low = 1L + r.nextInt(5_000);
    long high = low + 1 + r.nextInt(50_000);
    Simulation a =
        SimulationStage.run(wf, Scope.builder().runsPerMonth(low).build(), c, TestCatalog.AS_OF)
            .simulation();
    Simulation b =
        SimulationStage.run(wf, Scope.builder().runsPerMonth(high).build(), c, TestCatalog.AS_OF)
            .simulation();
    assertThat(a.declared().perMonth().isGreaterThan(b.declared().perMonth()))
        .as("seed %d", seed)
        .isFalse();
    for (CostMode m : CostMode.values()) {
      assertThat(a.mode(m).perMonth().isGreaterThan(b.mode(m).perMonth()))
          .as("seed %d %s", seed, m)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cromsStaysInRangeAndCompilingTwiceGivesTheSameBytes(long seed) {
    Random r = rnd(seed);
    ModelCatalog c = Generated.catalog(r::nextInt);
    Workflow wf = Generated.workflow(r::nextInt, c, true);
    Scope scope = Generated.scope(r::nextInt);
    Cromus engine = Cromus.builder().catalog(c).asOf(TestCatalog.AS_OF).build();
    CompileResult one = engine.compile(wf, scope);
    Croms croms = one.croms().get();
    assertThat(croms.total()).as("seed %d", seed).isBetween(BigDecimal.ZERO, new BigDecimal("200"));
    croms
        .dimensions()
        .values()
        .forEach(
            v ->
                assertThat(v)
                    .as("seed %d", seed)
                    .isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    assertThat(croms.ethicsMultiplier()).isBetween(BigDecimal.ONE, new BigDecimal("2"));
    assertThat(croms.wasteUsdPerMonth().isNegative()).isFalse();
    assertThat(CromusJson.write(engine.compile(wf, scope)))
        .as("seed %d", seed)
        .isEqualTo(CromusJson.write(one));
  }
}
