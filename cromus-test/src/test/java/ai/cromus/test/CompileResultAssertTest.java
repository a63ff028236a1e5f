package ai.cromus.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.ImmutableCompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.money.Money;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompileResultAssertTest {
  private final CompileResult result = Results.result("0.0012", "0.07");

  private static CompileResultAssert check(CompileResult r) {
    return CromusAssertions.assertThat(r);
  }

  @Test
  void costWithinBudgetPasses() {
    check(result)
        .costPerRun(CostMode.BALANCED)
        .isAtMost("0.0712")
        .isAtMost(new BigDecimal("0.08"))
        .isLessThan("0.0713")
        .isEqualTo("0.07120")
        .isEqualTo(Money.usd("0.0712"));
    check(result).costPerMonth(CostMode.BALANCED).isEqualTo("854.4").isAtMost("854.4");
    check(result).costPerRun().isEqualTo("0.032");
    check(result).costPerMonth().isEqualTo("384");
  }

  @Test
  void theLowExpectedAndHighFiguresOfARangeCanBeAsserted() {
    ai.cromus.core.simulation.Simulation s = result.simulation().get();
    ai.cromus.core.simulation.PlanSimulation balanced = s.mode(CostMode.BALANCED);
    ai.cromus.core.simulation.CostRange run =
        ai.cromus.core.simulation.CostRange.of(
            Money.usd("0.05"), balanced.perRun(), Money.usd("0.09"));
    java.util.Map<CostMode, ai.cromus.core.simulation.PlanSimulation> modes =
        new java.util.EnumMap<>(s.modes());
    modes.put(
        CostMode.BALANCED,
        ai.cromus.core.simulation.ImmutablePlanSimulation.copyOf(balanced)
            .withPerRunRange(run)
            .withPerMonthRange(run.times(s.runsPerMonth())));
    CompileResult r =
        ImmutableCompileResult.copyOf(result)
            .withSimulation(
                ai.cromus.core.simulation.ImmutableSimulation.copyOf(s).withModes(modes));
    check(r).costPerRun(CostMode.BALANCED).high().isEqualTo("0.09");
    check(r).costPerRun(CostMode.BALANCED).low().isEqualTo("0.05");
    check(r).costPerRun(CostMode.BALANCED).expected().isEqualTo("0.0712");
    check(r).costPerMonth(CostMode.BALANCED).high().isEqualTo("1080");
    assertThatThrownBy(() -> check(r).costPerRun(CostMode.BALANCED).high().isAtMost("0.08"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the cost per run in balanced mode at the high sizes");
    // point sizes: low, expected and high are the figure itself
    check(result).costPerRun(CostMode.BALANCED).high().isEqualTo("0.0712");
    check(result).costPerRun(CostMode.BALANCED).low().isEqualTo("0.0712");
  }

  @Test
  void costOverBudgetFailsWithThePerStepBreakdown() {
    assertThatThrownBy(() -> check(result).costPerRun(CostMode.BALANCED).isAtMost("0.05"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected the cost per run in balanced mode to be at most $0.0500 but was $0.0712, $0.0212 over.")
        .hasMessageContaining(
            "Workflow refund-triage (sops/refund-triage.md), verdict WARN, catalog test-1")
        .hasMessageContaining(
            "Cost of the balanced mode: $0.0712 per run, $854.4000 per month at 12000 runs")
        .hasMessageContaining(
            "  classify  gpt-oss-120b       groq              900       60  $0.001200  $0.000000    1.7%\n")
        .hasMessageContaining(
            "  lookup    -                  -                 900       60  $0.000000  $0.000000    0.0%\n")
        .hasMessageContaining(
            "  draft     claude-sonnet-4-5  anthropic-api     900       60  $0.070000  $0.000000   98.3%\n")
        .hasMessageContaining(
            "  total                                                        $0.071200             100.0%\n")
        .hasMessageContaining(
            "[high] CROMS-COST-OVERPOWERED-MODEL (cost) steps draft: $300.0000/month")
        .hasMessageContaining("fix: Use a balanced-tier model for step draft.")
        .hasMessageContaining(
            "warning SOP-EMPTY-STEP sops/refund-triage.md:14:1 Step lookup has no instructions. (hint: Say what to look up.)");
  }

  @Test
  void exactAmountsAreShownWhenRoundingWouldHideThem() {
    CompileResult r = Results.result("0.00001", "0.05");
    assertThatThrownBy(() -> check(r).costPerRun(CostMode.BALANCED).isLessThan("0.05"))
        .hasMessageContaining("but was $0.0500 (exact 0.05001)");
    assertThatThrownBy(() -> check(r).costPerRun(CostMode.BALANCED).isEqualTo("0.05"))
        .hasMessageContaining("to be exactly $0.0500 but was $0.0500 (exact 0.05001)");
  }

  @Test
  void boundariesAreExact() {
    check(result).costPerRun(CostMode.BALANCED).isAtMost("0.0712");
    assertThatThrownBy(() -> check(result).costPerRun(CostMode.BALANCED).isLessThan("0.0712"))
        .hasMessageContaining("to be less than $0.0712 but was $0.0712");
    assertThatThrownBy(() -> check(result).costPerRun(CostMode.BALANCED).isAtMost("0.07119999"))
        .hasMessageContaining("at most $0.0712 (exact 0.07119999)");
  }

  @Test
  void aBadLimitIsAProgrammingError() {
    assertThatThrownBy(() -> check(result).costPerRun(CostMode.BALANCED).isAtMost("five cents"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("five cents");
  }

  @Test
  void anInfeasiblePlanHasNoCostToTrust() {
    CompileResult r = Results.builder("0.001", "0.002", false).build();
    assertThatThrownBy(() -> check(r).costPerRun(CostMode.BALANCED).isAtMost("1"))
        .hasMessageContaining("the balanced mode is infeasible under the scope")
        .hasMessageContaining("step draft: no model the scope allows meets tier frontier")
        .hasMessageContaining("(INFEASIBLE)");
  }

  @Test
  void noSimulationFailsCostAndCromsAssertions() {
    CompileResult r =
        ImmutableCompileResult.copyOf(result)
            .withSimulation(Optional.empty())
            .withCroms(Optional.empty());
    assertThatThrownBy(() -> check(r).costPerRun(CostMode.BALANCED).isAtMost("1"))
        .hasMessageContaining("but the result has no simulation")
        .hasMessageContaining("No simulation: no model catalog was available");
    assertThatThrownBy(() -> check(r).croms().isBelow(30))
        .hasMessageContaining("Expected a Croms score but the result has none");
  }

  @Test
  void verdictAssertions() {
    check(result).hasVerdict(VerdictStatus.WARN).doesNotFail();
    assertThatThrownBy(() -> check(result).passes())
        .hasMessageContaining("Expected the verdict to be PASS but was WARN.")
        .hasMessageContaining("  - 1 warning")
        .hasMessageContaining("Structural score 64/100")
        .hasMessageContaining("SOP-EMPTY-STEP");
    CompileResult failed =
        ImmutableCompileResult.copyOf(result)
            .withVerdict(
                Verdict.builder()
                    .status(VerdictStatus.FAIL)
                    .addReasons("budget per run exceeded")
                    .build());
    assertThatThrownBy(() -> check(failed).doesNotFail())
        .hasMessageContaining("Expected the verdict not to be FAIL.")
        .hasMessageContaining("budget per run exceeded");
  }

  @Test
  void cromsAssertions() {
    check(result)
        .croms()
        .isBelow(35)
        .isBelow("34.6")
        .isAtMost(34.5)
        .hasLabel(CromsLabel.FAIR)
        .hasNoFindingsAtOrAbove(FindingSeverity.CRITICAL)
        .hasNoFinding("CROMS-LATENCY-SERIAL");
    check(result).croms().wastePerMonth().isEqualTo("300");
    assertThatThrownBy(() -> check(result).croms().isBelow(30))
        .hasMessageContaining("Expected Croms to be below 30 but was 34.5 (fair).")
        .hasMessageContaining(
            "Croms 34.5 (fair), ethics multiplier 1, preventable waste $300.0000 per month")
        .hasMessageContaining("dimensions: cost=20 latency=20 failure=20 structural=20")
        .hasMessageContaining("A frontier model drafts a short reply.");
    assertThatThrownBy(() -> check(result).croms().isBelow(34.5))
        .hasMessageContaining("below 34.5");
    assertThatThrownBy(() -> check(result).croms().hasNoFindingsAtOrAbove(FindingSeverity.HIGH))
        .hasMessageContaining("found 1: CROMS-COST-OVERPOWERED-MODEL (high)");
  }

  @Test
  void diagnosticAssertions() {
    check(result)
        .hasNoDiagnosticsAtOrAbove(Severity.ERROR)
        .hasDiagnostic("SOP-INFER-TOKENS")
        .hasNoDiagnostic("DAG-CYCLE");
    assertThatThrownBy(() -> check(result).hasNoDiagnosticsAtOrAbove(Severity.WARNING))
        .hasMessageContaining(
            "Expected no diagnostics at warning or above but found 1:\n"
                + "  warning SOP-EMPTY-STEP sops/refund-triage.md:14:1 Step lookup has no instructions.");
    assertThatThrownBy(() -> check(result).hasDiagnostic("DAG-CYCLE"))
        .hasMessageContaining("Diagnostics (2):");
  }

  @Test
  void structuralScoreAssertions() {
    check(result)
        .structuralScore()
        .isAtLeast(64)
        .isAbove(63)
        .dimensionIsAtLeast(ScoreDimension.CLARITY, 60);
    assertThatThrownBy(() -> check(result).structuralScore().isAtLeast(70))
        .hasMessageContaining("Expected the structural score to be at least 70 but was 64.")
        .hasMessageContaining("error_handling 64/100 (weight 15%)")
        .hasMessageContaining(
            "-25 SCORE-NO-VALIDATION [draft]: Step draft's output is not validated. Fix: Add 'validate: json-schema'.");
  }

  @Test
  void stepRecommendationAssertions() {
    check(result)
        .usingCatalog(Results.catalog())
        .step("classify")
        .recommendedModel(CostMode.ECO)
        .isModel("gpt-oss-120b")
        .isOpenWeights()
        .isInTier(EcosystemTier.INFRA)
        .isOnChannel("groq")
        .hasCapabilityTierAtLeast(CapabilityTier.LIGHTWEIGHT)
        .hasCapabilityTierAtMost(CapabilityTier.BALANCED);
    check(result)
        .usingCatalog(Results.catalog())
        .step("draft")
        .recommendedModel(CostMode.ECO)
        .isNotOpenWeights();
    check(result).step("draft").costPerRun(CostMode.BALANCED).isEqualTo("0.07");
    check(result).step("draft").costPerRun().isEqualTo("0.03");
    check(result).step("classify").recommendedModel(CostMode.ECO).costPerRun().isAtMost("0.0001");

    assertThatThrownBy(
            () ->
                check(result)
                    .usingCatalog(Results.catalog())
                    .step("draft")
                    .recommendedModel(CostMode.ECO)
                    .isOpenWeights())
        .hasMessageContaining(
            "Expected the eco-mode recommendation for step draft to have open weights (licence of claude-haiku-4-5: proprietary)"
                + " but it is claude-haiku-4-5 on aws-bedrock (managed · aws-bedrock · API key, minutes, $0.0001/run).")
        .hasMessageContaining("Why it was chosen: cheapest model that meets tier lightweight")
        .hasMessageContaining("Alternatives: gpt-5-nano on openai-api (mainstream, $0.0002/run)")
        .hasMessageContaining("Cost of the eco mode");
    assertThatThrownBy(
            () ->
                check(result)
                    .step("classify")
                    .recommendedModel(CostMode.ECO)
                    .isInTier(EcosystemTier.MANAGED))
        .hasMessageContaining(
            "to be reached through the managed tier but it is gpt-oss-120b on groq");
    assertThatThrownBy(
            () ->
                check(result)
                    .step("classify")
                    .recommendedModel(CostMode.ECO)
                    .isOnChannel("aws-bedrock"))
        .hasMessageContaining("to be on channel aws-bedrock");
  }

  @Test
  void missingStepsAndRecommendationsAreNamed() {
    assertThatThrownBy(() -> check(result).step("approve"))
        .hasMessageContaining(
            "Expected a step approve but the workflow's steps are [classify, lookup, draft].");
    assertThatThrownBy(() -> check(result).step("lookup").recommendedModel(CostMode.ECO))
        .hasMessageContaining(
            "Expected a eco-mode recommendation for step lookup (kind tool) but there is none;"
                + " steps with recommendations: [classify, draft].");
  }

  @Test
  void modelsMissingFromTheCatalogAreReportedNotGuessed() {
    CompileResult r =
        Results.builder("0.001", "0.002", true)
            .addRecommendations(
                Results.recommendation(
                    "classify", CostMode.OPEN_SOURCE, "mystery-model", EcosystemTier.INFRA, "groq"))
            .build();
    assertThatThrownBy(
            () ->
                check(r)
                    .usingCatalog(Results.catalog())
                    .step("classify")
                    .recommendedModel(CostMode.OPEN_SOURCE)
                    .isOpenWeights())
        .hasMessageContaining(
            "Model mystery-model is not in catalog test-1 (the result was compiled with catalog test-1)");
  }
}
