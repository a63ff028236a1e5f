package ai.cromus.test;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.Alternative;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built compile results with known figures, so that assertion messages can be checked exactly.
 * A three-step refund workflow: classify (llm), lookup (tool), draft (llm).
 */
final class Results {
  static final long RUNS_PER_MONTH = 12_000;

  private Results() {}

  static Workflow workflow() {
    return Workflow.builder()
        .name("refund-triage")
        .source("sops/refund-triage.md")
        .addSteps(Step.builder().id("classify").title("Classify").kind(StepKind.LLM).build())
        .addSteps(Step.builder().id("lookup").title("Look up").kind(StepKind.TOOL).build())
        .addSteps(Step.builder().id("draft").title("Draft").kind(StepKind.LLM).build())
        .build();
  }

  static EcosystemBadge badge(EcosystemTier tier, String channel) {
    return EcosystemBadge.builder()
        .tier(tier)
        .channel(channel)
        .setupEffort("API key, minutes")
        .build();
  }

  static StepSimulation step(String id, String model, String channel, String cost) {
    ai.cromus.core.simulation.ImmutableStepSimulation.Builder b =
        StepSimulation.builder()
            .stepId(id)
            .inputTokens(900)
            .outputTokens(60)
            .cost(Money.usd(cost))
            .latencySeconds(BigDecimal.ONE)
            .failureProbability(BigDecimal.ZERO);
    if (model != null) {
      b.model(model).channel(channel).badge(badge(EcosystemTier.MAINSTREAM, channel));
    }
    return b.build();
  }

  /** A plan whose steps cost {@code classify}, 0 and {@code draft} dollars per run. */
  static PlanSimulation plan(CostMode mode, String classify, String draft, boolean feasible) {
    Money perRun = Money.usd(classify).plus(Money.usd(draft));
    ai.cromus.core.simulation.ImmutablePlanSimulation.Builder b =
        PlanSimulation.builder()
            .perRun(perRun)
            .perMonth(perRun.times(RUNS_PER_MONTH))
            .latencySeconds(BigDecimal.TEN)
            .serialLatencySeconds(BigDecimal.TEN)
            .failureRisk(new BigDecimal("0.01"))
            .addSteps(step("classify", "gpt-oss-120b", "groq", classify))
            .addSteps(step("lookup", null, null, "0"))
            .addSteps(step("draft", "claude-sonnet-4-5", "anthropic-api", draft))
            .feasible(feasible);
    if (mode != null) {
      b.mode(mode);
    }
    if (!feasible) {
      b.addProblems("step draft: no model the scope allows meets tier frontier");
    }
    return b.build();
  }

  static Simulation simulation(String balancedClassify, String balancedDraft, boolean feasible) {
    Map<CostMode, PlanSimulation> modes = new LinkedHashMap<>();
    for (CostMode m : CostMode.values()) {
      modes.put(
          m,
          m == CostMode.BALANCED
              ? plan(m, balancedClassify, balancedDraft, feasible)
              : plan(m, "0.0001", "0.004", true));
    }
    return Simulation.builder()
        .runsPerMonth(RUNS_PER_MONTH)
        .declared(plan(null, "0.002", "0.03", true))
        .modes(modes)
        .build();
  }

  static Croms croms(String total) {
    Map<CromsDimension, BigDecimal> dims = new LinkedHashMap<>();
    for (CromsDimension d : CromsDimension.values()) {
      dims.put(d, new BigDecimal("20"));
    }
    return Croms.builder()
        .total(new BigDecimal(total))
        .label(CromsLabel.FAIR)
        .ethicsMultiplier(BigDecimal.ONE)
        .dimensions(dims)
        .addFindings(
            CromsFinding.builder()
                .kind("CROMS-COST-OVERPOWERED-MODEL")
                .dimension(CromsDimension.COST)
                .severity(FindingSeverity.HIGH)
                .addSteps("draft")
                .usdPerMonth(Money.usd("300"))
                .secondsPerRun(BigDecimal.ZERO)
                .message("A frontier model drafts a short reply.")
                .fix("Use a balanced-tier model for step draft.")
                .build())
        .wasteUsdPerMonth(Money.usd("300"))
        .build();
  }

  static StructuralScore score(int overall) {
    List<DimensionScore> dims = new ArrayList<>();
    for (ScoreDimension d : ScoreDimension.values()) {
      ai.cromus.core.score.ImmutableDimensionScore.Builder b =
          DimensionScore.builder().dimension(d).score(overall).weight(d.ordinal() < 4 ? 15 : 20);
      if (d == ScoreDimension.ERROR_HANDLING) {
        b.addFindings(
            ScoreFinding.builder()
                .check("SCORE-NO-VALIDATION")
                .addSteps("draft")
                .pointsLost(25)
                .message("Step draft's output is not validated.")
                .fix("Add 'validate: json-schema'.")
                .build());
      }
      dims.add(b.build());
    }
    return StructuralScore.builder().overall(overall).dimensions(dims).build();
  }

  static Recommendation recommendation(
      String step, CostMode mode, String model, EcosystemTier tier, String channel) {
    return Recommendation.builder()
        .stepId(step)
        .mode(mode)
        .model(model)
        .channel(channel)
        .badge(badge(tier, channel))
        .addReasons("cheapest model that meets tier lightweight")
        .addAlternatives(
            Alternative.builder()
                .model("gpt-5-nano")
                .channel("openai-api")
                .badge(badge(EcosystemTier.MAINSTREAM, "openai-api"))
                .perRun(Money.usd("0.0002"))
                .build())
        .perRun(Money.usd("0.0001"))
        .savingPerRun(Money.usd("0.0019"))
        .build();
  }

  static Diagnostic warning() {
    return Diagnostic.of(
        CoreRule.EMPTY_INSTRUCTIONS,
        SourceLocation.of("sops/refund-triage.md", 14, 1),
        "Step lookup has no instructions.",
        "Say what to look up.");
  }

  static Diagnostic info() {
    return Diagnostic.of(
        CoreRule.INFER_TOKENS,
        SourceLocation.of("sops/refund-triage.md", 14, 1),
        "Step lookup's output size was estimated.");
  }

  /** A WARN result with a balanced plan of {@code classify + draft} dollars per run. */
  static CompileResult result(String balancedClassify, String balancedDraft) {
    return builder(balancedClassify, balancedDraft, true).build();
  }

  static ai.cromus.core.ImmutableCompileResult.Builder builder(
      String classify, String draft, boolean feasible) {
    return CompileResult.builder()
        .cromusVersion("0.1.0")
        .catalogVersion("test-1")
        .workflow(workflow())
        .scope(Scope.defaults())
        .addDiagnostics(info(), warning())
        .verdict(Verdict.builder().status(VerdictStatus.WARN).addReasons("1 warning").build())
        .structuralScore(score(64))
        .simulation(simulation(classify, draft, feasible))
        .addRecommendations(
            recommendation("classify", CostMode.ECO, "gpt-oss-120b", EcosystemTier.INFRA, "groq"))
        .addRecommendations(
            recommendation(
                "draft", CostMode.ECO, "claude-haiku-4-5", EcosystemTier.MANAGED, "aws-bedrock"))
        .croms(croms("34.5"));
  }

  /** A catalog with the two recommended models: one open-weights, one not. */
  static ModelCatalog catalog() {
    Vendor openai = Vendor.builder().id("openai").name("OpenAI").build();
    Vendor anthropic = Vendor.builder().id("anthropic").name("Anthropic").build();
    Channel groq =
        Channel.builder()
            .id("groq")
            .name("Groq")
            .tier(EcosystemTier.INFRA)
            .setupEffort("API key, minutes")
            .description("Inference host")
            .build();
    Channel bedrock =
        Channel.builder()
            .id("aws-bedrock")
            .name("AWS Bedrock")
            .tier(EcosystemTier.MANAGED)
            .setupEffort("cloud account, hours")
            .description("Hyperscaler")
            .build();
    return ModelCatalog.of(
        "test-1",
        LocalDate.of(2026, 11, 1),
        List.of(anthropic, openai),
        List.of(bedrock, groq),
        List.of(
            model(
                "gpt-oss-120b",
                "openai",
                CapabilityTier.BALANCED,
                true,
                "groq",
                EcosystemTier.INFRA),
            model(
                "claude-haiku-4-5",
                "anthropic",
                CapabilityTier.LIGHTWEIGHT,
                false,
                "aws-bedrock",
                EcosystemTier.MANAGED)));
  }

  private static Model model(
      String id,
      String vendor,
      CapabilityTier tier,
      boolean open,
      String channel,
      EcosystemTier et) {
    return Model.builder()
        .id(id)
        .displayName(id)
        .vendor(vendor)
        .family(id)
        .capabilityTier(tier)
        .openWeights(open)
        .license(open ? "apache-2.0" : "proprietary")
        .contextWindow(128_000)
        .maxOutput(8_000)
        .capabilities(Capabilities.builder().build())
        .addOfferings(
            Offering.builder()
                .channel(channel)
                .tier(et)
                .setupEffort("API key, minutes")
                .channelModelId(id)
                .source("https://example.com/prices")
                .verifiedOn(LocalDate.of(2026, 11, 1))
                .build())
        .build();
  }
}
