package ai.cromus.export;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Compile results built in code for the two golden examples: refund-triage (with a catalog and a
 * declared plan) and incident-postmortem (no catalog: the requested models as written). They mirror
 * examples/sops/refund-triage.md and examples/sops/incident-postmortem.md.
 */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  static ModelCatalog catalog() {
    List<Vendor> vendors =
        List.of(
            Vendor.builder().id("anthropic").name("Anthropic").build(),
            Vendor.builder().id("openai").name("OpenAI").build(),
            Vendor.builder().id("google").name("Google").build());
    List<Channel> channels =
        List.of(
            channel("anthropic-api", EcosystemTier.MAINSTREAM),
            channel("openai-api", EcosystemTier.MAINSTREAM),
            channel("google-ai-studio", EcosystemTier.MAINSTREAM),
            channel("aws-bedrock", EcosystemTier.MANAGED),
            channel("groq", EcosystemTier.INFRA),
            channel("self-hosted", EcosystemTier.INFRA));
    List<Model> models =
        List.of(
            model(
                "claude-haiku-4-5",
                "anthropic",
                CapabilityTier.LIGHTWEIGHT,
                offering("anthropic-api", "claude-haiku-4-5")),
            model(
                "claude-sonnet-4-6",
                "anthropic",
                CapabilityTier.BALANCED,
                offering("anthropic-api", "claude-sonnet-4-6"),
                offering("aws-bedrock", "anthropic.claude-sonnet-4-6")),
            model(
                "claude-opus-4-7",
                "anthropic",
                CapabilityTier.FRONTIER,
                offering("anthropic-api", "claude-opus-4-7")),
            model("gpt-5-4", "openai", CapabilityTier.FRONTIER, offering("openai-api", "gpt-5.4")),
            model(
                "gpt-5-4-mini",
                "openai",
                CapabilityTier.BALANCED,
                offering("openai-api", "gpt-5.4-mini")),
            model(
                "gpt-oss-20b",
                "openai",
                CapabilityTier.LIGHTWEIGHT,
                offering("groq", "openai/gpt-oss-20b"),
                offering("self-hosted", "openai/gpt-oss-20b")),
            model(
                "gemini-2-5-flash",
                "google",
                CapabilityTier.BALANCED,
                offering("google-ai-studio", "gemini-2.5-flash")));
    return ModelCatalog.of("2026.11-test", DAY, vendors, channels, models);
  }

  private static Channel channel(String id, EcosystemTier tier) {
    return Channel.builder()
        .id(id)
        .name(id)
        .tier(tier)
        .setupEffort("API key, minutes")
        .description("test channel " + id)
        .build();
  }

  private static Offering offering(String channel, String nativeId) {
    return Offering.builder()
        .channel(channel)
        .tier(EcosystemTier.MAINSTREAM)
        .setupEffort("API key, minutes")
        .channelModelId(nativeId)
        .source("https://example.org/prices")
        .verifiedOn(DAY)
        .build();
  }

  private static Model model(String id, String vendor, CapabilityTier tier, Offering... offerings) {
    return Model.builder()
        .id(id)
        .displayName(id)
        .vendor(vendor)
        .family(id)
        .capabilityTier(tier)
        .openWeights(false)
        .license("proprietary")
        .contextWindow(200_000)
        .maxOutput(32_000)
        .capabilities(
            Capabilities.builder()
                .toolCalling(Support.YES)
                .structuredOutput(Support.YES)
                .vision(Support.NO)
                .build())
        .offerings(List.of(offerings))
        .build();
  }

  static Workflow refundTriage() {
    return refundTriage("Refund request triage");
  }

  /** The refund-triage workflow with another title (for hostile-title tests). */
  static Workflow refundTriage(String title) {
    return Workflow.builder()
        .name("refund-triage")
        .title(title)
        .owner("Customer Operations")
        .runsPerDay(400)
        .ethos("ethos-the-diplomat-v1.0.0")
        .format(SourceFormat.SOP)
        .source("examples/sops/refund-triage.md")
        .addSteps(
            Step.builder()
                .id("classify-the-request")
                .title("Classify the request")
                .kind(StepKind.LLM)
                .instructions(
                    "Read the customer's email and classify it as refund, exchange or complaint.")
                .inputDescription("customer email")
                .outputDescription("JSON {category, confidence}")
                .inputTokens(TokenCount.declared(900))
                .outputTokens(TokenCount.declared(60))
                .structuredOutput(true)
                .validation(ValidationMethod.JSON_SCHEMA)
                .retries(2)
                .position(SourcePosition.of(11, 1))
                .build())
        .addSteps(
            Step.builder()
                .id("look-up-the-order")
                .title("Look up the order")
                .kind(StepKind.TOOL)
                .addTools("orders.lookup")
                .addDependsOn("classify-the-request")
                .position(SourcePosition.of(19, 1))
                .build())
        .addSteps(
            Step.builder()
                .id("draft-the-reply")
                .title("Draft the reply")
                .kind(StepKind.LLM)
                .instructions("Write a short, friendly reply that explains the next step.")
                .inputDescription("email, order, category")
                .inputTokens(TokenCount.declared(1400))
                .outputTokens(TokenCount.declared(300))
                .addDependsOn("classify-the-request", "look-up-the-order")
                .position(SourcePosition.of(24, 1))
                .build())
        .addSteps(
            Step.builder()
                .id("approve-refunds-over-200")
                .title("Approve refunds over $200")
                .kind(StepKind.HUMAN)
                .approver("Team lead")
                .condition("category is refund and amount > 200")
                .addDependsOn("draft-the-reply")
                .position(SourcePosition.of(31, 1))
                .build())
        .build();
  }

  static Workflow incidentPostmortem() {
    return Workflow.builder()
        .name("incident-postmortem")
        .title("Incident postmortem draft")
        .description(
            "Turn a resolved production incident into a blameless postmortem draft,"
                + " follow-up tickets and, when customers were affected, a public summary.")
        .owner("Platform Engineering, Site Reliability")
        .version("1.4.0")
        .domain("engineering")
        .runsPerMonth(90)
        .format(SourceFormat.SOP)
        .source("examples/sops/incident-postmortem.md")
        .addSteps(
            step("open-the-postmortem-record", "Open the postmortem record", StepKind.TOOL, 22)
                .instructions(
                    "Create the postmortem document from the template, link the incident.")
                .addTools("pagerduty.incidents.get", "docs.create_from_template")
                .outputDescription("postmortem record with incident metadata")
                .retries(2)
                .build())
        .addSteps(
            step("export-the-incident-channel", "Export the incident channel", StepKind.TOOL, 32)
                .instructions(
                    "Export the incident chat channel from the first page to the resolution message.")
                .addTools("slack.conversations.history")
                .outputDescription("channel transcript")
                .addDependsOn("open-the-postmortem-record")
                .build())
        .addSteps(
            step(
                    "pull-metrics-and-deploy-history",
                    "Pull metrics and deploy history",
                    StepKind.TOOL,
                    41)
                .instructions(
                    "Query the dashboards of the affected services for the incident window.")
                .addTools("datadog.metrics.query", "github.deployments.list", "flags.audit_log")
                .addDependsOn("open-the-postmortem-record")
                .build())
        .addSteps(
            step("collect-responder-notes", "Collect responder notes", StepKind.RETRIEVAL, 51)
                .instructions(
                    "Retrieve the responders' notes and any runbook pages that were opened.")
                .addTools("docs.search")
                .addDependsOn("open-the-postmortem-record")
                .build())
        .addSteps(
            step(
                    "reconstruct-the-timeline-and-the-causal-chain",
                    "Reconstruct the timeline and the causal chain",
                    StepKind.LLM,
                    58)
                .instructions("Build a minute-by-minute UTC timeline from detection to resolution.")
                .model("gpt-5-4")
                .addFallbacks("claude-opus-4-7")
                .tier(CapabilityTier.FRONTIER)
                .inputTokens(TokenCount.declared(11_000))
                .outputTokens(TokenCount.declared(1600))
                .loopBound(3)
                .retries(1)
                .addDependsOn(
                    "export-the-incident-channel",
                    "pull-metrics-and-deploy-history",
                    "collect-responder-notes")
                .build())
        .addSteps(
            step("decide-the-audience", "Decide the audience", StepKind.DECISION, 78)
                .instructions("Decide whether the incident had customer-visible impact.")
                .model("claude-haiku-4-5")
                .tier(CapabilityTier.LIGHTWEIGHT)
                .outputDescription("JSON {customer_impact, breached_slos[], severity}")
                .structuredOutput(true)
                .inputTokens(TokenCount.declared(2500))
                .outputTokens(TokenCount.declared(80))
                .addDependsOn("reconstruct-the-timeline-and-the-causal-chain")
                .build())
        .addSteps(
            step("draft-the-public-summary", "Draft the public summary", StepKind.LLM, 90)
                .instructions("Write a plain-language summary for the status page.")
                .model("claude-sonnet-4-6")
                .addFallbacks("gpt-5-4-mini")
                .validation(ValidationMethod.HUMAN)
                .condition("customer_impact is true")
                .inputTokens(TokenCount.declared(3500))
                .outputTokens(TokenCount.declared(400))
                .addDependsOn("decide-the-audience")
                .build())
        .addSteps(
            step(
                    "propose-and-file-action-items",
                    "Propose and file action items",
                    StepKind.LLM,
                    103)
                .instructions("Propose at most five action items and file them in the tracker.")
                .model("gpt-5-4-mini")
                .addFallbacks("claude-haiku-4-5")
                .addTools("jira.issues.create")
                .inputTokens(TokenCount.declared(4000))
                .outputTokens(TokenCount.declared(600))
                .addDependsOn("decide-the-audience")
                .build())
        .addSteps(
            step("review-meeting-sign-off", "Review meeting sign-off", StepKind.HUMAN, 116)
                .instructions("The incident commander runs the review meeting and signs off.")
                .approver("Incident commander")
                .addDependsOn("draft-the-public-summary", "propose-and-file-action-items")
                .build())
        .build();
  }

  private static ai.cromus.core.workflow.ImmutableStep.Builder step(
      String id, String title, StepKind kind, int line) {
    return Step.builder().id(id).title(title).kind(kind).position(SourcePosition.of(line, 1));
  }

  /** A result without a simulation, as an engine without a catalog produces. */
  static CompileResult compiled(Workflow w) {
    return withoutArtifacts(built(w));
  }

  private static CompileResult built(Workflow w) {
    return CompileResult.builder()
        .cromusVersion("0.1.0-test")
        .workflow(w)
        .scope(Scope.defaults())
        .verdict(Verdict.builder().status(VerdictStatus.PASS).build())
        .structuralScore(StructuralScore.builder().overall(80).build())
        .build();
  }

  /**
   * {@code r} without artifacts, so that these fixtures exercise the exporters' own rendering of
   * the steps (a built result renders its SKILL.md when asked).
   */
  private static CompileResult withoutArtifacts(CompileResult r) {
    return withArtifacts(r, java.util.Optional.empty());
  }

  /** The example SOP {@code examples/sops/NAME.md}, parsed by the real parser. */
  static Workflow example(String name) {
    try {
      String text =
          java.nio.file.Files.readString(
              java.nio.file.Path.of("../examples/sops/" + name + ".md"),
              java.nio.charset.StandardCharsets.UTF_8);
      return ai.cromus.core.Cromus.builder()
          .build()
          .parse(ai.cromus.core.WorkflowSource.sop("examples/sops/" + name + ".md", text))
          .value();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The example SOP {@code examples/sops/NAME.md} compiled by the real pipeline with the bundled
   * catalog as of 2026-11-25 (simulation, Croms and artifacts), with a fixed version.
   */
  static CompileResult simulated(String name) {
    try {
      String text =
          java.nio.file.Files.readString(
              java.nio.file.Path.of("../examples/sops/" + name + ".md"),
              java.nio.charset.StandardCharsets.UTF_8);
      CompileResult r =
          ai.cromus.core.Cromus.builder()
              .catalog(ai.cromus.catalog.BundledCatalog.get())
              .asOf(java.time.LocalDate.of(2026, 11, 25))
              .build()
              .compileSource(
                  ai.cromus.core.WorkflowSource.sop("examples/sops/" + name + ".md", text),
                  Scope.defaults());
      return CompileResult.builder().from(r).cromusVersion("0.1.0-test").build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A result with a declared plan for the four refund-triage steps: Haiku, none, Sonnet on Bedrock,
   * none.
   */
  static CompileResult refundTriageSimulated(Workflow w) {
    PlanSimulation declared =
        PlanSimulation.builder()
            .perRun(Money.ZERO)
            .perMonth(Money.ZERO)
            .latencySeconds(BigDecimal.ONE)
            .serialLatencySeconds(BigDecimal.ONE)
            .failureRisk(BigDecimal.ZERO)
            .addSteps(sim(w.steps().get(0).id(), "claude-haiku-4-5", "anthropic-api"))
            .addSteps(
                StepSimulation.builder()
                    .stepId(w.steps().get(1).id())
                    .inputTokens(0)
                    .outputTokens(0)
                    .cost(Money.ZERO)
                    .latencySeconds(BigDecimal.ONE)
                    .failureProbability(BigDecimal.ZERO)
                    .build())
            .addSteps(sim(w.steps().get(2).id(), "claude-sonnet-4-6", "aws-bedrock"))
            .addSteps(
                StepSimulation.builder()
                    .stepId(w.steps().get(3).id())
                    .inputTokens(0)
                    .outputTokens(0)
                    .cost(Money.ZERO)
                    .latencySeconds(BigDecimal.ONE)
                    .failureProbability(BigDecimal.ZERO)
                    .build())
            .build();
    Simulation sim = Simulation.builder().runsPerMonth(12_000).declared(declared).build();
    return withoutArtifacts(
        CompileResult.builder().from(built(w)).catalogVersion("2026.11").simulation(sim).build());
  }

  private static StepSimulation sim(String step, String model, String channel) {
    return StepSimulation.builder()
        .stepId(step)
        .model(model)
        .channel(channel)
        .inputTokens(1000)
        .outputTokens(100)
        .cost(Money.ZERO)
        .latencySeconds(BigDecimal.ONE)
        .failureProbability(BigDecimal.ZERO)
        .build();
  }

  /**
   * {@code r} with other artifacts: they are rendered lazily from the result, so a test that needs
   * hand-made ones wraps the result.
   */
  static CompileResult withArtifacts(CompileResult r, ai.cromus.core.spec.Artifacts a) {
    return withArtifacts(r, java.util.Optional.of(a));
  }

  /** {@code r} with other artifacts, or none. */
  static CompileResult withArtifacts(
      CompileResult r, java.util.Optional<ai.cromus.core.spec.Artifacts> a) {
    return new CompileResult() {
      @Override
      public String cromusVersion() {
        return r.cromusVersion();
      }

      @Override
      public java.util.Optional<String> catalogVersion() {
        return r.catalogVersion();
      }

      @Override
      public Workflow workflow() {
        return r.workflow();
      }

      @Override
      public Scope scope() {
        return r.scope();
      }

      @Override
      public List<ai.cromus.core.diagnostic.Diagnostic> diagnostics() {
        return r.diagnostics();
      }

      @Override
      public Verdict verdict() {
        return r.verdict();
      }

      @Override
      public StructuralScore structuralScore() {
        return r.structuralScore();
      }

      @Override
      public java.util.Optional<Simulation> simulation() {
        return r.simulation();
      }

      @Override
      public List<ai.cromus.core.simulation.Recommendation> recommendations() {
        return r.recommendations();
      }

      @Override
      public java.util.Optional<ai.cromus.core.croms.Croms> croms() {
        return r.croms();
      }

      @Override
      public java.util.Optional<LocalDate> asOf() {
        return r.asOf();
      }

      @Override
      public java.util.Optional<ai.cromus.core.spec.Artifacts> artifacts() {
        return a;
      }
    };
  }
}
