package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.cache;
import static ai.cromus.core.simulation.Fixtures.llm;
import static ai.cromus.core.simulation.Fixtures.simulate;
import static ai.cromus.core.simulation.Fixtures.tool;
import static ai.cromus.core.simulation.Fixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.ModelGates;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import ai.cromus.core.scope.Thresholds;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed expectations for the simulator over {@link TestCatalog}. */
class SimulatorTest {
  static final Step CLASSIFY = llm("classify", 1_000, 100).tier(CapabilityTier.LIGHTWEIGHT).build();

  static Scope gates(ModelGates g) {
    return Scope.builder().gates(g).build();
  }

  @Test
  void defaultVolumeIsOneHundredRunsADayForThirtyDays() {
    SimulationOutcome r = simulate(workflow(CLASSIFY), Scope.defaults());
    assertThat(r.simulation().runsPerMonth()).isEqualTo(3000);
    PlanSimulation p = r.simulation().declared();
    assertThat(p.perMonth()).isEqualTo(p.perRun().times(3000));
  }

  @Test
  void scopeVolumeOverridesTheWorkflowsAndMonthOverridesDay() {
    Workflow wf = Workflow.builder().from(workflow(CLASSIFY)).runsPerDay(10).build();
    assertThat(
            ai.cromus.core.internal.simulation.SimulationContext.runsPerMonth(wf, Scope.defaults()))
        .isEqualTo(300);
    assertThat(
            ai.cromus.core.internal.simulation.SimulationContext.runsPerMonth(
                wf, Scope.builder().runsPerDay(7).build()))
        .isEqualTo(210);
    assertThat(
            ai.cromus.core.internal.simulation.SimulationContext.runsPerMonth(
                wf, Scope.builder().runsPerDay(7).runsPerMonth(99).build()))
        .isEqualTo(99);
  }

  @Test
  void ecoAndCostPickTheCheapestModelMeetingTheTier() {
    // lightweight step, 1,000 in / 100 out: llama-3-1-8b 0.00005 + 0.000008 = 0.000058
    SimulationOutcome r = simulate(workflow(CLASSIFY), Scope.defaults());
    StepSimulation eco = r.simulation().mode(CostMode.ECO).step("classify").get();
    assertThat(eco.model()).hasValue("llama-3-1-8b");
    // failure 0.02 per attempt, no retries: one call
    assertThat(eco.cost()).isEqualTo(Money.usd("0.000058"));
    assertThat(r.simulation().mode(CostMode.COST).step("classify").get().model())
        .hasValue("llama-3-1-8b");
  }

  @Test
  void ecoUsesBatchWhereTheStepAllowsItAndCostDoesNot() {
    Step s = llm("bulk", 10_000, 1_000).tier(CapabilityTier.LIGHTWEIGHT).batchAllowed(true).build();
    Scope openai =
        gates(
            ModelGates.builder().addAllow(GateSelector.of(SelectorKind.VENDOR, "openai")).build());
    SimulationOutcome r = simulate(workflow(s), openai);
    StepSimulation eco = r.simulation().mode(CostMode.ECO).step("bulk").get();
    StepSimulation cost = r.simulation().mode(CostMode.COST).step("bulk").get();
    // gpt-5-mini always reasons: lightweight default effort low = 1,000 reasoning tokens billed as
    // output
    assertThat(eco.reasoningTokens()).isEqualTo(1_000);
    // batch: 10,000 × 0.125 + 2,000 × 1 = 0.00125 + 0.002
    assertThat(eco.batch()).isTrue();
    assertThat(eco.cost()).isEqualTo(Money.usd("0.00325"));
    // interactive: 10,000 × 0.25 + 2,000 × 2 = 0.0025 + 0.004
    assertThat(cost.batch()).isFalse();
    assertThat(cost.cost()).isEqualTo(Money.usd("0.0065"));
  }

  @Test
  void vendorBatchRuleAppliesWhenTheOfferingStatesNoBatchPrice() {
    Step s = llm("bulk", 10_000, 1_000).tier(CapabilityTier.LIGHTWEIGHT).batchAllowed(true).build();
    Scope haiku =
        gates(
            ModelGates.builder()
                .addAllow(GateSelector.of(SelectorKind.MODEL, "claude-haiku-4-5"))
                .build());
    StepSimulation eco =
        simulate(workflow(s), haiku).simulation().mode(CostMode.ECO).step("bulk").get();
    // 0.5 × (10,000 × 1 + 1,000 × 5) / 1M
    assertThat(eco.cost()).isEqualTo(Money.usd("0.0075"));
  }

  @Test
  void balancedStaysAtTheStepsTierAndQualityTakesTheStrongest() {
    Step s = llm("draft", 2_000, 500).tier(CapabilityTier.BALANCED).build();
    SimulationOutcome r = simulate(workflow(s), Scope.defaults());
    assertThat(r.simulation().mode(CostMode.BALANCED).step("draft").get().model())
        .hasValue("llama-3-3-70b");
    // frontier models: opus, gemini-2-5-pro, llama-3-1-405b all at tier-default quality; the
    // cheapest wins the tie
    StepSimulation q = r.simulation().mode(CostMode.QUALITY).step("draft").get();
    assertThat(q.model()).hasValue("gemini-2-5-pro");
  }

  @Test
  void qualityStepsDownToFitTheBudget() {
    Step s = llm("draft", 2_000, 500).tier(CapabilityTier.BALANCED).build();
    Workflow wf =
        Workflow.builder()
            .from(workflow(s))
            .budget(Budget.builder().perRun(Money.usd("0.005")).build())
            .build();
    PlanSimulation q = simulate(wf, Scope.defaults()).simulation().mode(CostMode.QUALITY);
    assertThat(q.perRun().isGreaterThan(Money.usd("0.005"))).isFalse();
    assertThat(q.step("draft").get().requiredTier()).hasValue(CapabilityTier.BALANCED);
  }

  @Test
  void openSourceUsesOpenWeightsOnly() {
    Step s = llm("draft", 2_000, 500).tier(CapabilityTier.FRONTIER).build();
    StepSimulation o =
        simulate(workflow(s), Scope.defaults())
            .simulation()
            .mode(CostMode.OPEN_SOURCE)
            .step("draft")
            .get();
    assertThat(o.model()).hasValue("llama-3-1-405b");
  }

  @Test
  void denyGateIsNeverViolated() {
    Scope noMeta =
        gates(ModelGates.builder().addDeny(GateSelector.of(SelectorKind.VENDOR, "meta")).build());
    SimulationOutcome r = simulate(workflow(CLASSIFY), noMeta);
    for (CostMode m : CostMode.values()) {
      r.simulation()
          .mode(m)
          .step("classify")
          .flatMap(StepSimulation::model)
          .ifPresent(id -> assertThat(id).doesNotStartWith("llama"));
    }
    assertThat(r.recommendations())
        .allSatisfy(rec -> assertThat(rec.model()).doesNotStartWith("llama"));
    assertThat(r.simulation().mode(CostMode.OPEN_SOURCE).feasible()).isFalse();
    // only open_source is infeasible and the workflow's mode is balanced: information
    assertThat(r.diagnostics())
        .anyMatch(
            d ->
                d.rule().equals("SIM-NO-MODEL-IN-SCOPE")
                    && d.severity() == ai.cromus.core.diagnostic.Severity.INFO);
    Scope openNoMeta = Scope.builder().from(noMeta).mode(CostMode.OPEN_SOURCE).build();
    assertThat(simulate(workflow(CLASSIFY), openNoMeta).diagnostics())
        .anyMatch(
            d ->
                d.rule().equals("SIM-NO-MODEL-IN-SCOPE")
                    && d.severity() == ai.cromus.core.diagnostic.Severity.WARNING);
  }

  @Test
  void requiredRegionKeepsRegionServingOfferingsAndAddsTheUplift() {
    Step s = llm("draft", 1_000_000, 0).tier(CapabilityTier.BALANCED).build();
    Scope eu =
        gates(ModelGates.builder().addRequire(GateSelector.of(SelectorKind.REGION, "eu")).build());
    StepSimulation b =
        simulate(workflow(s), eu).simulation().mode(CostMode.BALANCED).step("draft").get();
    // only sonnet on aws-bedrock prices region-pinned processing: 1M × 3 × 1.1
    assertThat(b.model()).hasValue("claude-sonnet-4-6");
    assertThat(b.channel()).hasValue("aws-bedrock");
    assertThat(b.cost()).isEqualTo(Money.usd("3.3"));
  }

  @Test
  void tierPreferenceBreaksTies() {
    Step s =
        llm("draft", 1_000, 100).tier(CapabilityTier.BALANCED).model("claude-sonnet-4-6").build();
    ModelGates anthropic =
        ModelGates.builder().addAllow(GateSelector.of(SelectorKind.VENDOR, "anthropic")).build();
    // same price on anthropic-api and aws-bedrock (no region required): the preference decides
    assertThat(
            simulate(
                    workflow(s),
                    Scope.builder().gates(anthropic).addTiers(EcosystemTier.MANAGED).build())
                .simulation()
                .mode(CostMode.BALANCED)
                .step("draft")
                .get()
                .channel())
        .hasValue("aws-bedrock");
    assertThat(
            simulate(
                    workflow(s),
                    Scope.builder().gates(anthropic).addTiers(EcosystemTier.MAINSTREAM).build())
                .simulation()
                .mode(CostMode.BALANCED)
                .step("draft")
                .get()
                .channel())
        .hasValue("anthropic-api");
  }

  @Test
  void requestedModelOutsideTheScopeIsADiagnostic() {
    Step s =
        llm("draft", 1_000, 100).tier(CapabilityTier.BALANCED).model("claude-opus-4-7").build();
    Scope noOpus =
        gates(
            ModelGates.builder()
                .addDeny(GateSelector.of(SelectorKind.MODEL, "claude-opus-4-7"))
                .build());
    SimulationOutcome r = simulate(workflow(s), noOpus);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("SCOPE-MODEL-OUT-OF-SCOPE");
              assertThat(d.message()).contains("denied by model:claude-opus-4-7");
              assertThat(d.hint()).isPresent();
            });
    // the declared plan still prices what the author asked for
    assertThat(r.simulation().declared().step("draft").get().model()).hasValue("claude-opus-4-7");
  }

  @Test
  void retriesGiveExpectedAttemptsAndTheirCost() {
    // lightweight failure rate 0.02; two retries: 1 + 0.02 + 0.0004 = 1.0204 attempts
    Step s =
        llm("x", 1_000_000, 0)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-haiku-4-5")
            .retries(2)
            .build();
    StepSimulation st =
        simulate(workflow(s), Scope.defaults()).simulation().declared().step("x").get();
    assertThat(st.expectedCalls()).isEqualByComparingTo("1.0204");
    assertThat(st.cost()).isEqualTo(Money.usd("1.0204"));
    assertThat(st.retryCost()).isEqualTo(Money.usd("0.0204"));
    assertThat(st.failureProbability()).isEqualByComparingTo("0.000008");
  }

  @Test
  void unvalidatedStructuredOutputNeverRetries() {
    Step s =
        llm("x", 1_000_000, 0)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-haiku-4-5")
            .retries(2)
            .structuredOutput(true)
            .build();
    StepSimulation st =
        simulate(workflow(s), Scope.defaults()).simulation().declared().step("x").get();
    assertThat(st.expectedCalls()).isEqualByComparingTo("1");
    assertThat(st.failureProbability()).isEqualByComparingTo("0.02");
    Step v = Step.builder().from(s).validation(ValidationMethod.JSON_SCHEMA).build();
    assertThat(
            simulate(workflow(v), Scope.defaults())
                .simulation()
                .declared()
                .step("x")
                .get()
                .failureProbability())
        .isEqualByComparingTo("0.000008");
  }

  @Test
  void fallbacksAreCalledWhenThePrimaryStillFails() {
    // haiku fails 0.02 with no retry; the fallback sonnet is called in 2 % of runs
    Step s =
        llm("x", 1_000_000, 0)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-haiku-4-5")
            .addFallbacks("claude-sonnet-4-6")
            .build();
    StepSimulation st =
        simulate(workflow(s), Scope.defaults()).simulation().declared().step("x").get();
    // 1 + 0.02 × 3
    assertThat(st.cost()).isEqualTo(Money.usd("1.06"));
    assertThat(st.expectedCalls()).isEqualByComparingTo("1.02");
    // the fallback (balanced, above the step's tier) fails 0.02 too: 0.02 × 0.02
    assertThat(st.failureProbability()).isEqualByComparingTo("0.0004");
  }

  @Test
  void overriddenFailureRatesAreUsed() {
    Step s =
        llm("x", 1_000_000, 0)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-haiku-4-5")
            .retries(1)
            .build();
    Scope sc = Scope.builder().putFailureRates("llm", new BigDecimal("0.1")).build();
    assertThat(simulate(workflow(s), sc).simulation().declared().step("x").get().cost())
        .isEqualTo(Money.usd("1.1"));
  }

  @Test
  void loopsMultiplyCostAndLatencyByTheirBound() {
    Step once =
        llm("x", 1_000, 104).tier(CapabilityTier.BALANCED).model("claude-sonnet-4-6").build();
    Step loop = Step.builder().from(once).loopBound(3).build();
    StepSimulation a =
        simulate(workflow(once), Scope.defaults()).simulation().declared().step("x").get();
    StepSimulation b =
        simulate(workflow(loop), Scope.defaults()).simulation().declared().step("x").get();
    assertThat(b.cost()).isEqualTo(a.cost().times(3));
    assertThat(a.latencySeconds()).isEqualByComparingTo("1.74");
    assertThat(b.latencySeconds()).isEqualByComparingTo("5.22");
  }

  @Test
  void reasoningTokensOnlyWhereTheModelAlwaysReasonsOrTheStepAsks() {
    Step plain =
        llm("x", 1_000, 100).tier(CapabilityTier.BALANCED).model("claude-sonnet-4-6").build();
    assertThat(
            simulate(workflow(plain), Scope.defaults())
                .simulation()
                .declared()
                .step("x")
                .get()
                .reasoningTokens())
        .isZero();
    Step asks = Step.builder().from(plain).reasoning(ReasoningEffort.HIGH).build();
    StepSimulation st =
        simulate(workflow(asks), Scope.defaults()).simulation().declared().step("x").get();
    assertThat(st.reasoningTokens()).isEqualTo(16_000);
    // 1,000 × 3 + (100 + 16,000) × 15
    assertThat(st.cost()).isEqualTo(Money.usd("0.2445"));
    Step mini = llm("y", 1_000, 100).tier(CapabilityTier.BALANCED).model("gpt-5-mini").build();
    assertThat(
            simulate(workflow(mini), Scope.defaults())
                .simulation()
                .declared()
                .step("y")
                .get()
                .reasoningTokens())
        .isEqualTo(4_000);
  }

  @Test
  void cacheColdBetweenRunsAtLowVolumeIsNotUsedForASingleCall() {
    // 100 runs a day are 864 s apart: the 5-minute cache is cold, the 1-hour one warm
    Step s =
        llm("answer", 12_000, 800)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .cache(cache(10_000))
            .build();
    StepSimulation st =
        simulate(workflow(s), Scope.defaults()).simulation().declared().step("answer").get();
    // 1-hour TTL: 0.021 + (6 − 0.3) × 10,000 / 1M × 30 / 3,000
    assertThat(st.cost()).isEqualTo(Money.usd("0.02157"));
    // one run a day: nothing stays warm; a single call pays less without the cache
    Workflow rare = Workflow.builder().from(workflow(s)).runsPerDay(1).build();
    StepSimulation r =
        simulate(rare, Scope.defaults()).simulation().declared().step("answer").get();
    assertThat(r.cached()).isFalse();
    assertThat(r.cost()).isEqualTo(Money.usd("0.048"));
  }

  @Test
  void criticalPathUsesTheLongestChain() {
    Step a = tool("a").dependsOn(List.of()).build();
    Step b = tool("b").addDependsOn("a").build();
    Step c = tool("c").addDependsOn("a").build();
    Step d = tool("d").addDependsOn("b", "c").build();
    PlanSimulation p = simulate(workflow(a, b, c, d), Scope.defaults()).simulation().declared();
    assertThat(p.serialLatencySeconds()).isEqualByComparingTo("2.0");
    assertThat(p.latencySeconds()).isEqualByComparingTo("1.5");
  }

  @Test
  void cyclesDoNotHangTheCriticalPath() {
    Step a = tool("a").addDependsOn("b").build();
    Step b = tool("b").addDependsOn("a").build();
    assertThat(simulate(workflow(a, b), Scope.defaults()).simulation().declared().latencySeconds())
        .isEqualByComparingTo("1.0");
  }

  @Test
  void matrixHasACellPerEnabledTierAndMode() {
    SimulationOutcome r =
        simulate(
            workflow(CLASSIFY), Scope.builder().channels(List.of("anthropic-api", "groq")).build());
    assertThat(r.simulation().matrix()).hasSize(2 * 5);
    MatrixCell infraEco =
        r.simulation().matrix().stream()
            .filter(c -> c.tier() == EcosystemTier.INFRA && c.mode() == CostMode.ECO)
            .findFirst()
            .get();
    assertThat(infraEco.perRun()).isEqualTo(Money.usd("0.000058"));
    assertThat(infraEco.perMonth()).isEqualTo(Money.usd("0.174"));
    MatrixCell mainOpen =
        r.simulation().matrix().stream()
            .filter(c -> c.tier() == EcosystemTier.MAINSTREAM && c.mode() == CostMode.OPEN_SOURCE)
            .findFirst()
            .get();
    assertThat(mainOpen.feasible()).isFalse();
  }

  @Test
  void recommendationsNameTheModelTheBadgeTwoAlternativesAndTheSaving() {
    Step s =
        llm("classify", 1_000, 100)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-opus-4-7")
            .build();
    SimulationOutcome r = simulate(workflow(s), Scope.defaults());
    Recommendation rec =
        r.recommendations().stream().filter(x -> x.mode() == CostMode.COST).findFirst().get();
    assertThat(rec.model()).isEqualTo("llama-3-1-8b");
    assertThat(rec.badge().tier()).isEqualTo(EcosystemTier.INFRA);
    assertThat(rec.alternatives())
        .hasSize(2)
        .extracting(Alternative::model)
        .doesNotContain("llama-3-1-8b");
    // declared opus: 1,000 × 5 + 100 × 25 = 0.0075; llama: 0.000058
    assertThat(rec.savingPerRun()).isEqualTo(Money.usd("0.007442"));
    assertThat(rec.savingPerMonth()).isEqualTo(Money.usd("22.326"));
    assertThat(rec.reasons()).isNotEmpty();
    assertThat(r.recommendations()).hasSize(5);
  }

  @Test
  void baselineAddsTheScopesAssumptions() {
    Step s =
        llm("x", 1_000_000, 0).tier(CapabilityTier.LIGHTWEIGHT).model("claude-haiku-4-5").build();
    Scope sc =
        Scope.builder()
            .runsPerMonth(100)
            .assumptions(
                ai.cromus.core.scope.Assumptions.builder()
                    .reviewHoursPerRun(new BigDecimal("0.1"))
                    .hourlyRate(Money.usd("50"))
                    .correctionCost(Money.usd("10"))
                    .maintenancePerMonth(Money.usd("200"))
                    .monitoringPerMonth(Money.usd("20"))
                    .build())
            .build();
    Baseline b = simulate(workflow(s), sc).simulation().baseline().get();
    assertThat(b.apiPerMonth()).isEqualTo(Money.usd("100"));
    assertThat(b.humanReviewPerMonth()).isEqualTo(Money.usd("500"));
    // failure 0.02 × 10 × 100 runs
    assertThat(b.errorCorrectionPerMonth()).isEqualTo(Money.usd("20"));
    assertThat(b.totalPerMonth()).isEqualTo(Money.usd("840"));
  }

  @Test
  void verdictFailsOnABrokenBudgetAndOnCromsMax() {
    Step s =
        llm("classify", 1_000, 100)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("claude-opus-4-7")
            .build();
    Workflow wf =
        Workflow.builder()
            .from(workflow(s))
            .ethos("ethos-the-operator-v1.0.0")
            .budget(Budget.builder().perRun(Money.usd("0.001")).build())
            .build();
    CompileResult r = Fixtures.engine().compile(wf, Scope.defaults());
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.verdict().reasons())
        .anyMatch(x -> x.contains("over the workflow's per-run budget of $0.0010"));
    CompileResult scoped =
        Fixtures.engine()
            .compile(
                Workflow.builder().from(wf).budget(Budget.none()).build(),
                Scope.builder().budget(Budget.builder().perMonth(Money.usd("1")).build()).build());
    assertThat(scoped.verdict().reasons())
        .anyMatch(x -> x.contains("over the scope's per-month budget"));
    CompileResult croms =
        Fixtures.engine()
            .compile(
                Workflow.builder().from(wf).budget(Budget.none()).build(),
                Scope.builder()
                    .thresholds(Thresholds.builder().cromsMax(BigDecimal.ONE).build())
                    .build());
    assertThat(croms.croms().get().total()).isGreaterThan(BigDecimal.ONE);
    assertThat(croms.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(croms.verdict().reasons()).anyMatch(x -> x.contains("above the maximum of 1"));
    assertThat(croms.simulation().get().tcwo()).isPresent();
  }
}
