package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.cache;
import static ai.cromus.core.simulation.Fixtures.compileSop;
import static ai.cromus.core.simulation.Fixtures.llm;
import static ai.cromus.core.simulation.Fixtures.simulate;
import static ai.cromus.core.simulation.Fixtures.tool;
import static ai.cromus.core.simulation.Fixtures.workflow;
import static ai.cromus.core.simulation.PricingWorkedExamplesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.BudgetBasis;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/simulation.md §2.9 (agent loops, tool fees, ranges), checked to the
 * last decimal on Sonnet 4.6 ($3 input, $15 output, $0.30 cache read, $3.75 5-minute write per
 * million tokens).
 */
class LoopWorkedExamplesTest {
  private static final Scope SONNET = only("claude-sonnet-4-6");

  /** I = 2,000, O = 300, R = 700, N = 5 on Sonnet. */
  static ImmutableStep.Builder loop() {
    return llm("research", 2_000, 300)
        .tier(CapabilityTier.BALANCED)
        .model("claude-sonnet-4-6")
        .turns(5)
        .toolResultTokens(TokenCount.declared(700));
  }

  static StepSimulation declared(Workflow wf, String id) {
    return simulate(wf, SONNET).simulation().declared().step(id).get();
  }

  @Test
  void aLoopWithoutCaching() {
    // input 5·2,000 + (300 + 700)·5·4/2 = 20,000 tokens × $3 = $0.06
    // output 5·300 = 1,500 tokens × $15 = $0.0225
    StepSimulation s = declared(workflow(loop().build()), "research");
    assertThat(s.cost()).isEqualTo(Money.usd("0.0825"));
    assertThat(s.turns()).hasValue(5);
    assertThat(s.expectedCalls()).isEqualByComparingTo("5");
    assertThat(s.notes())
        .contains(
            "agent loop of 5 turns: 5·2000 + (300 + 700)·10 = 20000 input tokens and 1500"
                + " output tokens per loop");
  }

  @Test
  void aLoopWithCaching() {
    // 400 runs a day: a run every 216 s keeps the 5-minute cache warm between runs
    // turn 1: warm call 500·3 + 1,500·0.30 + 300·15 = $0.00645, the daily write amortised
    //   1,500·(3.75 − 0.30)·30 / 12,000 runs = $0.0000129375, and the 500 tokens after the
    //   prefix written for turn 2: 500·(3.75 − 3) = $0.000375
    // turn 2: read 2,000·0.30 + write 1,000·3.75 + output 300·15 = $0.00885
    // turn 3: read 3,000·0.30 + 3,750 + 4,500 = $0.00915; turn 4: $0.00945
    // turn 5 (last, nothing to write): read 5,000·0.30 + 1,000·3 + 4,500 = $0.009
    // total $0.0432879375 a run, against $0.0825 without caching
    Step s = loop().cache(cache(1_500)).build();
    Workflow wf = Workflow.builder().from(workflow(s)).runsPerDay(400).build();
    StepSimulation st = declared(wf, "research");
    assertThat(st.cost()).isEqualTo(Money.usd("0.0432879375"));
    assertThat(st.cached()).isTrue();
  }

  @Test
  void aToolFeePerTurn() {
    // the loop of the first example, plus $0.01 per turn × 5 turns = $0.05 of fees
    StepSimulation s =
        declared(workflow(loop().toolFeeUsd(new BigDecimal("0.01")).build()), "research");
    assertThat(s.cost()).isEqualTo(Money.usd("0.1325"));
    assertThat(s.fees()).hasValue(Money.usd("0.05"));
  }

  @Test
  void aBuiltInToolIsPaidOncePerTurnOnTheChannelThatPricesIt() {
    // web_search at $0.01 a call on anthropic-api: 5 turns × $0.01 = $0.05 on top of $0.0825
    ai.cromus.core.catalog.Channel anthropic =
        ai.cromus.core.catalog.Channel.builder()
            .from(TestCatalog.ANTHROPIC)
            .addBuiltinTools(
                ai.cromus.core.catalog.BuiltinTool.builder()
                    .id("web_search")
                    .usdPerCall(new BigDecimal("0.01"))
                    .source("https://example.com/pricing")
                    .asOf(TestCatalog.AS_OF)
                    .build())
            .build();
    ai.cromus.core.catalog.ModelCatalog c =
        ai.cromus.core.catalog.ModelCatalog.of(
            "test.tools",
            TestCatalog.AS_OF,
            TestCatalog.CATALOG.vendors(),
            TestCatalog.CATALOG.channels().stream()
                .map(x -> x.id().equals("anthropic-api") ? anthropic : x)
                .toList(),
            TestCatalog.CATALOG.models());
    Workflow wf = workflow(loop().addBuiltinTools("web_search", "code_execution").build());
    StepSimulation s = simulate(wf, SONNET, c).simulation().declared().step("research").get();
    assertThat(s.cost()).isEqualTo(Money.usd("0.1325"));
    assertThat(s.fees()).hasValue(Money.usd("0.05"));
    assertThat(s.notes())
        .contains(
            "tool fee $0.01 per turn (web_search $0.01 on anthropic-api) × 5 turns = $0.05",
            "built-in tool code_execution has no price on anthropic-api in the catalog: not"
                + " counted");
  }

  @Test
  void compactingOrCachingTheConversationIsACromsFindingWithItsMonthlySaving() {
    // 3,000 runs a month. Compacted, turns 2 to 5 send 2,000 + 1,000 tokens: 14,000 input
    // instead of 20,000, $0.018 a run, $54 a month. Cached (the whole 2,000-token first prompt,
    // a run every 864 s keeps the 1-hour cache warm): turn 1 2,000·0.30 + 4,500 + the daily write
    // 2,000·(6 − 0.30)·30 / 3,000 = $0.005214, turns 2 to 5 $0.00885 + $0.00915 + $0.00945 +
    // $0.009: $0.041664 a run against $0.0825, so $0.040836 a run, $122.508 a month
    CompileResult r = Fixtures.engine().compile(workflow(loop().build()), SONNET);
    CromsFinding f =
        r.croms().get().findings().stream()
            .filter(x -> x.kind().equals("CROMS-COST-LOOP-CONTEXT"))
            .findFirst()
            .orElseThrow();
    assertThat(f.usdPerMonth()).isEqualTo(Money.usd("122.508"));
    assertThat(f.fix()).contains("saves $54.00 a month").contains("saves $122.51 a month");
  }

  @Test
  void aToolStepFee() {
    // failure rate 0.01, one retry: 1.01 expected calls × $0.005 = $0.00505
    Step t = tool("search").feeUsd(new BigDecimal("0.005")).retries(1).build();
    PlanSimulation p = simulate(workflow(t), SONNET).simulation().declared();
    assertThat(p.perRun()).isEqualTo(Money.usd("0.00505"));
    assertThat(p.feesPerRun()).hasValue(Money.usd("0.00505"));
  }

  @Test
  void aRange() {
    // input 1,000–3,000 tokens (expected 2,000), output 200 tokens, one call:
    // low 1,000·3 + 200·15 = $0.006; expected 2,000·3 + 3,000 = $0.009; high $0.012
    // a month of 3,000 runs: $18, $27, $36
    Step s =
        llm("draft", 2_000, 200)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .inputTokens(TokenCount.range(1_000, 3_000, "declared as a range"))
            .build();
    PlanSimulation p = simulate(workflow(s), SONNET).simulation().declared();
    assertThat(p.costPerRun())
        .isEqualTo(CostRange.of(Money.usd("0.006"), Money.usd("0.009"), Money.usd("0.012")));
    assertThat(p.costPerMonth())
        .isEqualTo(CostRange.of(Money.usd("18"), Money.usd("27"), Money.usd("36")));
    assertThat(p.perRun()).isEqualTo(Money.usd("0.009"));
  }

  @Test
  void theSopLanguageReadsLoopsFeesAndRanges() {
    CompileResult r =
        compileSop(
            """
            # Research

            ## 1. Research the supplier
            Search the web and summarise.
            - kind: llm
            - model: claude-sonnet-4-6
            - input: brief, 1,000–3,000 tokens
            - output: notes, 300 tokens
            - turns: 5
            - tool_result: 700 tokens
            - tool_fee: $0.01 per call

            ## 2. Look up the registry
            - kind: tool
            - fee: $10 per 1,000 calls
            """,
            SONNET);
    Step s = r.workflow().steps().get(0);
    assertThat(s.turns()).hasValue(5);
    assertThat(s.inputTokens().lowTokens()).isEqualTo(1_000);
    assertThat(s.inputTokens().tokens()).isEqualTo(2_000);
    assertThat(s.inputTokens().highTokens()).isEqualTo(3_000);
    assertThat(s.inputDescription()).hasValue("brief");
    assertThat(s.toolFeeUsd()).hasValue(new BigDecimal("0.01"));
    assertThat(r.workflow().steps().get(1).feeUsd()).hasValue(new BigDecimal("0.01"));
  }

  @Test
  void badValuesAreDiagnostics() {
    CompileResult r =
        compileSop(
            """
            # R

            ## 1. Research
            Search.
            - kind: llm
            - turns: many
            - tool_fee: lots
            - input: 3,000–1,000 tokens
            - tool_result: a lot
            """,
            SONNET);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().equals("SOP-ANNOTATION-VALUE"))
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("turns: many"))
        .anySatisfy(m -> assertThat(m).contains("tool_fee: lots"))
        .anySatisfy(m -> assertThat(m).contains("input: 3,000–1,000 tokens"))
        .anySatisfy(m -> assertThat(m).contains("tool_result: a lot"));
  }

  @Test
  void anUnboundedLoopIsPricedAtTheDefaultWithTheCostOfAnExtraTurn() {
    Step s = loop().turns(java.util.OptionalInt.empty()).unboundedTurns(true).build();
    SimulationOutcomeView v = new SimulationOutcomeView(workflow(s));
    assertThat(v.step().turns()).hasValue(10);
    // turn 11 sends 2,000 + 10·1,000 = 12,000 tokens and 300 out: $0.036 + $0.0045
    assertThat(v.messages("SIM-LOOP-UNBOUNDED"))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("priced at 10 turns").contains("$0.0405"));
  }

  @Test
  void aLoopBeyondTheContextWindowRemovesTheModel() {
    // the test catalog's windows are 1,000,000 tokens: the last of 1,000 turns needs
    // 2,000 + 999·1,000 + 300 = 1,001,300
    Step s = loop().turns(1_000).build();
    SimulationOutcomeView v = new SimulationOutcomeView(workflow(s));
    assertThat(v.messages("SIM-CONTEXT-OVERFLOW"))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("1001300 tokens"));
    assertThat(v.step().model()).isNotEqualTo(java.util.Optional.of("claude-sonnet-4-6"));
  }

  @Test
  void theBudgetBasisHighJudgesTheHighFigure() {
    Step s =
        llm("draft", 2_000, 200)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .inputTokens(TokenCount.range(1_000, 3_000, "declared as a range"))
            .build();
    Scope expected =
        Scope.builder()
            .from(SONNET)
            .budget(ai.cromus.core.scope.Budget.builder().perRun(Money.usd("0.01")).build())
            .build();
    Scope high = Scope.builder().from(expected).budgetBasis(BudgetBasis.HIGH).build();
    assertThat(simulate(workflow(s), expected).budgetBreaches()).isEmpty();
    assertThat(simulate(workflow(s), high).budgetBreaches())
        .singleElement()
        .satisfies(m -> assertThat(m).contains("$0.0120"));
  }

  @Test
  void theQualityStepDownJudgesTheHighFigureUnderBudgetBasisHigh() {
    // Opus 4.7 ($5/$25): expected 2,000·5 + 200·25 = $0.015, high 3,000·5 + 5,000 = $0.020;
    // Sonnet 4.6: expected $0.009, high $0.012. A per-run budget of $0.016 keeps Opus on the
    // expected figure and moves the step down to Sonnet on the high one.
    Step s =
        llm("draft", 2_000, 200)
            .tier(CapabilityTier.BALANCED)
            .inputTokens(TokenCount.range(1_000, 3_000, "declared as a range"))
            .build();
    Scope expected =
        Scope.builder()
            .gates(
                ai.cromus.core.scope.ModelGates.builder()
                    .addAllow(
                        ai.cromus.core.scope.GateSelector.of(
                            ai.cromus.core.scope.SelectorKind.MODEL, "claude-opus-4-7"))
                    .addAllow(
                        ai.cromus.core.scope.GateSelector.of(
                            ai.cromus.core.scope.SelectorKind.MODEL, "claude-sonnet-4-6"))
                    .build())
            .budget(ai.cromus.core.scope.Budget.builder().perRun(Money.usd("0.016")).build())
            .build();
    Scope high = Scope.builder().from(expected).budgetBasis(BudgetBasis.HIGH).build();
    PlanSimulation onExpected =
        simulate(workflow(s), expected).simulation().modes().get(CostMode.QUALITY);
    PlanSimulation onHigh = simulate(workflow(s), high).simulation().modes().get(CostMode.QUALITY);
    assertThat(onExpected.step("draft").get().model()).hasValue("claude-opus-4-7");
    assertThat(onExpected.costPerRun().high()).isEqualTo(Money.usd("0.020"));
    assertThat(onHigh.step("draft").get().model()).hasValue("claude-sonnet-4-6");
    assertThat(onHigh.costPerRun().high()).isEqualTo(Money.usd("0.012"));
    // the matrix's quality cell is fitted the same way (it shows the expected figure)
    assertThat(qualityCell(simulate(workflow(s), expected).simulation()))
        .isEqualTo(Money.usd("0.015"));
    assertThat(qualityCell(simulate(workflow(s), high).simulation())).isEqualTo(Money.usd("0.009"));
  }

  static Money qualityCell(Simulation sim) {
    return sim.matrix().stream()
        .filter(
            c ->
                c.mode() == CostMode.QUALITY
                    && c.tier() == ai.cromus.core.catalog.EcosystemTier.MAINSTREAM)
        .findFirst()
        .orElseThrow()
        .perRun();
  }

  static String twoSteps(String secondInput) {
    return "# P\n\n## 1. Sum the invoice\nAdd up the lines.\n- kind: llm\n"
        + "- model: claude-sonnet-4-6\n- input: invoice lines, 500 tokens\n"
        + "- output: invoice totals, 50 tokens\n\n## 2. Draft a greeting\nWrite a greeting.\n"
        + "- kind: llm\n- model: claude-sonnet-4-6\n- after: 1\n- input: "
        + secondInput
        + ", 400 tokens\n- output: greeting text, 100 tokens\n";
  }

  @Test
  void aStepThatReadsNothingOfItsExplicitPredecessorCouldRunInParallel() {
    CompileResult r = compileSop(twoSteps("customer email"), SONNET);
    // run in parallel, the shorter of the two steps leaves the critical path: step 1's
    // 0.74 + 50/104 s = 1.220769 s
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().equals("SIM-COULD-RUN-PARALLEL"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'draft-a-greeting' waits for"))
        .satisfies(d -> assertThat(d.message()).contains("1.221 s less"));
    CompileResult reads = compileSop(twoSteps("customer email and invoice totals"), SONNET);
    assertThat(reads.diagnostics()).noneMatch(d -> d.rule().equals("SIM-COULD-RUN-PARALLEL"));
  }

  /** The declared plan's only step and the diagnostics of a simulation. */
  private static final class SimulationOutcomeView {
    final ai.cromus.core.internal.simulation.SimulationOutcome outcome;

    SimulationOutcomeView(Workflow wf) {
      this.outcome = simulate(wf, Scope.defaults());
    }

    StepSimulation step() {
      return outcome.simulation().declared().steps().get(0);
    }

    java.util.List<String> messages(String rule) {
      return outcome.diagnostics().stream()
          .filter(d -> d.rule().equals(rule))
          .map(Diagnostic::message)
          .toList();
    }
  }
}
