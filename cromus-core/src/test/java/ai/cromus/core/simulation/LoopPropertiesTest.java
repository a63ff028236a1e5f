package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.cache;
import static ai.cromus.core.simulation.Fixtures.llm;
import static ai.cromus.core.simulation.Fixtures.simulate;
import static ai.cromus.core.simulation.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of agent loops and size ranges, one seed per case (the seed is in the test name and in
 * every failure message): the cost is monotone in the turns N, the input I, the output O and the
 * tool result R; one turn costs exactly what a single call costs; low ≤ expected ≤ high; a month is
 * a run times the runs, exactly.
 */
class LoopPropertiesTest {
  private static final Scope SONNET = PricingWorkedExamplesTest.only("claude-sonnet-4-6");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  /** A random loop: its sizes, turns, retries, cache and volume. */
  record Loop(long in, long out, long result, int turns, int retries, long cache, int perDay) {
    static Loop of(Random r) {
      return new Loop(
          1 + r.nextInt(60_000),
          r.nextInt(4_000),
          r.nextInt(6_000),
          1 + r.nextInt(40),
          r.nextInt(3),
          r.nextBoolean() ? 0 : r.nextInt(20_000),
          1 + r.nextInt(2_000));
    }

    Money cost() {
      ImmutableStep.Builder b =
          llm("s", in, out)
              .tier(CapabilityTier.BALANCED)
              .model("claude-sonnet-4-6")
              .retries(retries)
              .turns(turns)
              .toolResultTokens(TokenCount.declared(result));
      if (cache > 0) {
        b.cache(Fixtures.cache(cache));
      }
      Workflow wf = Workflow.builder().from(workflow(b.build())).runsPerDay(perDay).build();
      return simulate(wf, SONNET).simulation().declared().perRun();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void costIsMonotoneInTurnsInputOutputAndToolResult(long seed) {
    Loop l = Loop.of(new Random(seed));
    Money base = l.cost();
    String what = "seed " + seed + " " + l;
    Loop[] bigger = {
      new Loop(l.in, l.out, l.result, l.turns + 1, l.retries, l.cache, l.perDay),
      new Loop(l.in + 1_000, l.out, l.result, l.turns, l.retries, l.cache, l.perDay),
      new Loop(l.in, l.out + 100, l.result, l.turns, l.retries, l.cache, l.perDay),
      new Loop(l.in, l.out, l.result + 500, l.turns, l.retries, l.cache, l.perDay)
    };
    for (Loop b : bigger) {
      assertThat(b.cost().compareTo(base)).as("%s → %s", what, b).isGreaterThanOrEqualTo(0);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void oneTurnCostsExactlyASingleCall(long seed) {
    Random r = new Random(seed);
    long in = 1L + r.nextInt(300_000);
    long out = r.nextInt(8_000);
    ImmutableStep.Builder b =
        llm("s", in, out)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .retries(r.nextInt(4));
    if (r.nextBoolean()) {
      b.cache(cache(r.nextInt((int) in) + 1L));
    }
    Workflow single = Workflow.builder().from(workflow(b.build())).runsPerDay(400).build();
    Workflow once = Workflow.builder().from(workflow(b.turns(1).build())).runsPerDay(400).build();
    StepSimulation a = simulate(single, SONNET).simulation().declared().steps().get(0);
    StepSimulation c = simulate(once, SONNET).simulation().declared().steps().get(0);
    assertThat(c.cost()).as("seed %d", seed).isEqualTo(a.cost());
    assertThat(c.cost().amount().scale()).as("seed %d", seed).isEqualTo(a.cost().amount().scale());
    assertThat(c.latencySeconds()).as("seed %d", seed).isEqualTo(a.latencySeconds());
    assertThat(c.expectedCalls()).as("seed %d", seed).isEqualTo(a.expectedCalls());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lowExpectedHighAreOrderedAndAMonthIsRunsTimesARun(long seed) {
    Random r = new Random(seed);
    java.util.List<ai.cromus.core.workflow.Step> steps = new java.util.ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(4); i++) {
      long lo = r.nextInt(20_000);
      long olo = r.nextInt(2_000);
      steps.add(
          llm("s" + i, lo, olo)
              .tier(CapabilityTier.values()[r.nextInt(3)])
              .inputTokens(TokenCount.range(lo, lo + r.nextInt(20_000), "declared as a range"))
              .outputTokens(TokenCount.range(olo, olo + r.nextInt(2_000), "declared as a range"))
              .turns(1 + r.nextInt(6))
              .toolResultTokens(TokenCount.range(0, r.nextInt(3_000), "declared as a range"))
              .toolFeeUsd(new java.math.BigDecimal(r.nextInt(3)).movePointLeft(2))
              .build());
    }
    Workflow wf =
        Workflow.builder()
            .from(workflow(steps.toArray(ai.cromus.core.workflow.Step[]::new)))
            .runsPerDay(1 + r.nextInt(5_000))
            .build();
    Simulation s = simulate(wf, Scope.defaults()).simulation();
    java.util.List<PlanSimulation> plans = new java.util.ArrayList<>(s.modes().values());
    plans.add(s.declared());
    for (PlanSimulation p : plans) {
      String what = "seed " + seed + " " + p.mode();
      CostRange run = p.costPerRun();
      assertThat(run.low().isGreaterThan(run.expected())).as(what).isFalse();
      assertThat(run.expected().isGreaterThan(run.high())).as(what).isFalse();
      assertThat(run.expected()).as(what).isEqualTo(p.perRun());
      assertThat(p.costPerMonth()).as(what).isEqualTo(run.times(s.runsPerMonth()));
      for (StepSimulation st : p.steps()) {
        CostRange c = st.costRange().orElse(CostRange.point(st.cost()));
        assertThat(c.low().isGreaterThan(c.high())).as("%s %s", what, st.stepId()).isFalse();
      }
    }
  }
}
