package ai.cromus.core.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.PolicyResult;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkillMdWorkflowParserTest {
  private static final Cromus ENGINE = Cromus.builder().build();

  @Test
  void theExampleSkillReadsItsStepsFromTheBodyAndItsDataFromMetadata() throws Exception {
    String text =
        Files.readString(
            Paths.get("..", "examples", "specs", "refund-triage", "SKILL.md"),
            StandardCharsets.UTF_8);
    Parsed<Workflow> p =
        ENGINE.parse(WorkflowSource.of("examples/specs/refund-triage/SKILL.md", text));
    Workflow w = p.value();
    assertThat(w.format()).isEqualTo(SourceFormat.SKILL_MD);
    assertThat(w.name()).isEqualTo("refund-triage");
    assertThat(w.owner()).contains("Customer Operations");
    assertThat(w.ethos()).contains("ethos-the-diplomat-v1.0.0");
    assertThat(w.runsPerDay()).hasValue(400);
    assertThat(w.budget().perRun()).contains(Money.usd("0.02"));
    assertThat(w.description()).get().asString().startsWith("Triage a customer email");
    assertThat(w.steps())
        .extracting(Step::title)
        .containsExactly(
            "Classify the request",
            "Look up the order",
            "Draft the reply",
            "Approve refunds over 200 USD");
    assertThat(p.diagnostics())
        .extracting(Diagnostic::rule)
        .noneMatch(r -> r.startsWith("SOP-FRONT-MATTER"));
    assertThat(w.steps().get(0).position().line()).isEqualTo(27);
  }

  @Test
  void aLegacyV01SkillReadsItsStepsFromTheSkillMapping() {
    String legacy =
        """
        ---
        skill:
          name: Keyword Research Brief
          version: 1.0.0
          description: Turn a topic into a brief.
          owner: SEO Team
          approved: true
          approved_date: 2026-03-13
          execution_target: LangGraph
          model:
            primary: claude-sonnet-4-6
          steps:
            - id: step_01
              name: Gather seed terms
              description: List seed keywords.
              input: topic
              output: keywords
            - id: step_02
              name: Cluster
              model_override: gpt-5-4-mini
        ---
        # Brief
        """;
    Parsed<Workflow> p =
        ENGINE.parse(WorkflowSource.of("skill-keyword-research-brief-v1.0.0.md", legacy));
    Workflow w = p.value();
    assertThat(w.name()).isEqualTo("keyword-research-brief");
    assertThat(w.owner()).contains("SEO Team");
    assertThat(w.steps()).extracting(Step::id).containsExactly("step-01", "step-02");
    assertThat(w.steps().get(0).model()).contains("claude-sonnet-4-6");
    assertThat(w.steps().get(1).model()).contains("gpt-5-4-mini");
    assertThat(w.steps().get(1).dependsOn()).containsExactly("step-01");
    assertThat(w.steps()).allMatch(s -> s.kind() == StepKind.LLM);
    assertThat(p.diagnostics()).extracting(Diagnostic::rule).contains("SKILL-LEGACY");
  }

  /**
   * Issue 17.2: without its sidecar, the example skill is costed on the plan its author chose:
   * claude-haiku-4-5 from metadata with its two fallbacks, and the sizes its body states.
   */
  @Test
  void theExampleSkillIsCostedOnItsDeclaredModelAndStatedSizes() throws Exception {
    String text =
        Files.readString(
            Paths.get("..", "examples", "specs", "refund-triage", "SKILL.md"),
            StandardCharsets.UTF_8);
    Cromus engine =
        Cromus.builder().catalog(ai.cromus.core.simulation.BundledCatalog.get()).build();
    CompileResult r =
        engine.compileSource(
            WorkflowSource.of("examples/specs/refund-triage/SKILL.md", text), Scope.defaults());
    Workflow w = r.workflow();
    Step classify = w.steps().get(0);
    Step draft = w.steps().get(2);
    assertThat(classify.model()).contains("claude-haiku-4-5");
    assertThat(classify.fallbacks()).containsExactly("gpt-5-4-mini", "gemini-2-5-flash");
    assertThat(draft.model()).contains("claude-haiku-4-5");
    assertThat(w.steps().get(1).model()).isEmpty(); // a tool step calls no model
    assertThat(classify.inputTokens()).isEqualTo(TokenCount.declared(900));
    assertThat(classify.inputDescription()).contains("the customer email");
    assertThat(draft.inputTokens()).isEqualTo(TokenCount.declared(1400));
    assertThat(draft.outputTokens()).isEqualTo(TokenCount.declared(300));
    assertThat(r.simulation().get().declared().steps())
        .filteredOn(s -> s.model().isPresent())
        .allSatisfy(s -> assertThat(s.model()).contains("claude-haiku-4-5"));
    // the estimate of a step that reads a declared output follows it, and says so once
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().equals("SOP-INFER-TOKENS"))
        .extracting(Diagnostic::line)
        .doesNotHaveDuplicates();
  }

  @Test
  void theModelBlockDeclaresTheModelWhenMetadataDoesNot() {
    String text =
        """
        ---
        name: s
        description: Review invoices. Use when one is parked.
        model:
          primary: claude-sonnet-4-6
          fallback: [gpt-5-4-mini, gemini-2-5-flash]
          mode: batch
        ---
        # S

        ## Step 1 — Classify the exception

        Classify it.
        """;
    Workflow w = ENGINE.parse(WorkflowSource.of("s/SKILL.md", text)).value();
    Step s = w.steps().get(0);
    assertThat(s.model()).contains("claude-sonnet-4-6");
    assertThat(s.fallbacks()).containsExactly("gpt-5-4-mini", "gemini-2-5-flash");
    assertThat(s.batchAllowed()).isTrue();
    // a step's own model wins
    String own = text.replace("Classify it.\n", "Classify it.\n\n- model: gpt-5-4-mini\n");
    assertThat(ENGINE.parse(WorkflowSource.of("s/SKILL.md", own)).value().steps().get(0).model())
        .contains("gpt-5-4-mini");
  }

  /**
   * Issue 17.2: a legacy v0.1 skill with a cost_estimate compiled to $0 with a false "no steps"
   * error; its estimate is read and split over its steps.
   */
  @Test
  void aLegacySkillIsCostedOnItsCostEstimate() throws Exception {
    String text =
        Files.readString(
            Paths.get(
                "src/test/resources/spec/cromus-legacy-v01-valid/input/"
                    + "skill-keyword-research-brief-v1.0.0.md"),
            StandardCharsets.UTF_8);
    Cromus engine =
        Cromus.builder().catalog(ai.cromus.core.simulation.BundledCatalog.get()).build();
    CompileResult r =
        engine.compileSource(
            WorkflowSource.of("skill-keyword-research-brief-v1.0.0.md", text), Scope.defaults());
    Step s = r.workflow().steps().get(0);
    assertThat(s.inputTokens().tokens()).isEqualTo(1200);
    assertThat(s.inputTokens().declared()).isTrue();
    assertThat(s.inputTokens().method()).contains("cost_estimate");
    assertThat(s.outputTokens().tokens()).isEqualTo(800);
    assertThat(r.simulation().get().declared().perRun().amount().signum()).isPositive();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("SOP-NO-STEPS", "INPUT-EMPTY");
    // several steps share the estimate; the remainder goes to the first
    String two =
        text.replace(
            "      model_override: null\n",
            "      model_override: null\n    - id: step_02\n      name: Rank terms\n");
    Workflow w =
        ENGINE.parse(WorkflowSource.of("skill-keyword-research-brief-v1.0.0.md", two)).value();
    assertThat(w.steps()).extracting(x -> x.inputTokens().tokens()).containsExactly(600L, 600L);
    assertThat(w.steps()).extracting(x -> x.outputTokens().tokens()).containsExactly(400L, 400L);
  }

  @Test
  void anEmptyOrBrokenSkillStillGivesAWorkflowAndDiagnostics() {
    for (String text :
        new String[] {"", "---\nname: [\n---\n", "no front matter\n## Step 1 — A\n"}) {
      Parsed<Workflow> p =
          ENGINE.parse(WorkflowSource.skill("x/SKILL.md", text, Optional.of("steps: [")));
      assertThat(p.value().name()).isNotBlank();
      assertThat(p.diagnostics()).isNotEmpty();
    }
  }

  @Test
  void thePolicyCheckHasTheOriginalResultShape() throws Exception {
    String skill =
        Files.readString(
            Paths.get("..", "examples", "specs", "refund-triage", "SKILL.md"),
            StandardCharsets.UTF_8);
    PolicyResult r =
        SpecValidator.create()
            .checkPolicy(
                """
                rules:
                  require_ethos: true
                  require_approval: true
                  allowed_models:
                    models:
                      - '*'
                """,
                SpecFile.of("refund-triage/SKILL.md", skill));
    assertThat(r.pass()).isTrue();
    assertThat(r.checked()).containsExactly("require_ethos", "require_approval", "allowed_models");
    assertThat(r.violations()).isEmpty();
    PolicyResult fail =
        SpecValidator.create()
            .checkPolicy(
                """
                rules:
                  require_agents:
                    severity: error
                """,
                SpecFile.of("refund-triage/SKILL.md", skill));
    assertThat(fail.pass()).isFalse();
    assertThat(fail.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("require_agents");
              assertThat(v.expected()).isPresent();
            });
  }
}
