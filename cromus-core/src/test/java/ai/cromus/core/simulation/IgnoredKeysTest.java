package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.compileSop;
import static ai.cromus.core.simulation.Fixtures.llm;
import static ai.cromus.core.simulation.Fixtures.simulate;
import static ai.cromus.core.simulation.Fixtures.workflow;
import static ai.cromus.core.simulation.PricingWorkedExamplesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.InputKind;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.BuiltinTool;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user writes is dropped silently: a loop or fee key on a step of the wrong kind is
 * {@code STEP-KEY-NO-EFFECT} in SOPs, JSON/YAML workflows and the sidecar alike; a built-in tool no
 * channel offers is {@code SIM-BUILTIN-TOOL-UNKNOWN}, one the declared channel does not offer
 * {@code SIM-BUILTIN-TOOL-NOT-OFFERED}.
 */
class IgnoredKeysTest {
  static final Scope SONNET = only("claude-sonnet-4-6");

  static final String SOP =
      """
      # Lookup

      ## 1. Look up the registry
      Query the company registry.
      - kind: tool
      - turns: 5
      - tool_result: 700 tokens
      - tool_fee: $0.01 per call
      - builtin_tools: web_search

      ## 2. Summarise
      Summarise the entry.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: entry, 500 tokens
      - output: summary, 100 tokens
      - fee: $0.02 per call
      """;

  static List<Diagnostic> noEffect(CompileResult r) {
    return r.diagnostics().stream().filter(d -> d.rule().equals("STEP-KEY-NO-EFFECT")).toList();
  }

  @Test
  void loopKeysOnAToolStepAndAFeeOnAnLlmStepAreWarningsAtTheStep() {
    CompileResult r = compileSop(SOP, SONNET);
    List<Diagnostic> d = noEffect(r);
    assertThat(d).hasSize(5).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    assertThat(d)
        .filteredOn(x -> x.location().line() == 3)
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "Step 'look-up-the-registry': 'turns: 5' has no effect on a tool step; it is ignored.",
            "Step 'look-up-the-registry': 'tool_result: 700 tokens' has no effect on a tool step;"
                + " it is ignored.",
            "Step 'look-up-the-registry': 'tool_fee: $0.01 per call' has no effect on a tool"
                + " step; it is ignored.",
            "Step 'look-up-the-registry': 'builtin_tools: web_search' has no effect on a tool"
                + " step; it is ignored.");
    assertThat(d)
        .filteredOn(x -> x.location().line() == 11)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message())
                  .isEqualTo(
                      "Step 'summarise': 'fee: $0.02 per call' has no effect on an llm step; it"
                          + " is ignored.");
              assertThat(x.hint())
                  .hasValueSatisfying(f -> assertThat(f).contains("tool_fee: $0.02"));
            });
    // and the figures agree: neither fee is counted
    assertThat(r.simulation().get().declared().feesPerRun()).isEmpty();
  }

  @Test
  void aYamlWorkflowGetsTheSameWarnings() {
    String yaml =
        """
        name: lookup
        steps:
          - id: lookup
            kind: tool
            turns: 5
            toolFee: $0.01 per call
            dependsOn: []
          - id: summarise
            kind: llm
            dependsOn: [lookup]
            inputTokens: 500
            outputTokens: 100
            fee: 0.02
        """;
    CompileResult r =
        Fixtures.engine()
            .compileSource(
                WorkflowSource.builder().name("l.yaml").text(yaml).kind(InputKind.YAML).build(),
                SONNET);
    assertThat(noEffect(r))
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "Step 'lookup': 'turns: 5' has no effect on a tool step; it is ignored.",
            "Step 'lookup': 'tool_fee: $0.01 per call' has no effect on a tool step; it is"
                + " ignored.",
            "Step 'summarise': 'fee: $0.02 per call' has no effect on an llm step; it is"
                + " ignored.");
  }

  @Test
  void theSidecarGetsTheSameWarnings() {
    CompileResult sop = compileSop(SOP, SONNET);
    var a = sop.artifacts().orElseThrow();
    assertThat(a.cromusYaml()).contains("tool_fee_usd");
    CompileResult skill =
        Fixtures.engine()
            .compileSource(
                WorkflowSource.skill("lookup/SKILL.md", a.skillMd(), Optional.of(a.cromusYaml())),
                SONNET);
    assertThat(noEffect(skill))
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrderElementsOf(
            noEffect(sop).stream().map(Diagnostic::message).toList());
  }

  static ModelCatalog withWebSearchOnAnthropic() {
    Channel anthropic =
        Channel.builder()
            .from(TestCatalog.ANTHROPIC)
            .addBuiltinTools(
                BuiltinTool.builder()
                    .id("web_search")
                    .usdPerCall(new BigDecimal("0.01"))
                    .source("https://example.com/pricing")
                    .asOf(TestCatalog.AS_OF)
                    .build())
            .build();
    return ModelCatalog.of(
        "test.tools",
        TestCatalog.AS_OF,
        TestCatalog.CATALOG.vendors(),
        TestCatalog.CATALOG.channels().stream()
            .map(x -> x.id().equals("anthropic-api") ? anthropic : x)
            .toList(),
        TestCatalog.CATALOG.models());
  }

  @Test
  void anUnknownBuiltInToolIsAWarningWithTheNearestKnownOne() {
    var s =
        llm("research", 2_000, 300)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .addBuiltinTools("web_serch")
            .build();
    List<Diagnostic> d = simulate(workflow(s), SONNET, withWebSearchOnAnthropic()).diagnostics();
    assertThat(d)
        .filteredOn(x -> x.rule().equals("SIM-BUILTIN-TOOL-UNKNOWN"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message()).contains("'web_serch'", "no channel of the catalog");
              assertThat(x.hint()).hasValue("Did you mean 'web_search'?");
            });
  }

  @Test
  void aBuiltInToolTheDeclaredChannelDoesNotOfferIsAWarning() {
    var s =
        llm("research", 2_000, 300)
            .tier(CapabilityTier.LIGHTWEIGHT)
            .model("gpt-5-mini")
            .addBuiltinTools("web_search")
            .build();
    List<Diagnostic> d =
        simulate(workflow(s), Scope.defaults(), withWebSearchOnAnthropic()).diagnostics();
    assertThat(d)
        .filteredOn(x -> x.rule().equals("SIM-BUILTIN-TOOL-NOT-OFFERED"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message()).contains("'web_search'", "openai-api");
              assertThat(x.hint()).hasValueSatisfying(f -> assertThat(f).contains("anthropic-api"));
            });
    var onAnthropic =
        llm("research", 2_000, 300)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .addBuiltinTools("web_search")
            .build();
    assertThat(simulate(workflow(onAnthropic), SONNET, withWebSearchOnAnthropic()).diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("SIM-BUILTIN-TOOL-NOT-OFFERED", "SIM-BUILTIN-TOOL-UNKNOWN");
  }
}
