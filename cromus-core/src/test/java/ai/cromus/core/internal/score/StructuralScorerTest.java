package ai.cromus.core.internal.score;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One example per check of the structural score: a well-formed workflow that no check flags, and
 * for each check a change of it that the check, and only a check of that id, flags. A test reads
 * the scorer's source so that a new check cannot go without an example.
 */
class StructuralScorerTest {
  /** The well-formed workflow: an LLM step, a human approval, a tool step. */
  private static final class Parts {
    ImmutableWorkflow.Builder wf =
        Workflow.builder()
            .name("refunds")
            .title("Refunds")
            .source("refunds.md")
            .description("Triage refund requests.")
            .owner("Support")
            .version("1.0.0")
            .ethos("ethos-the-steward-v1.0.0")
            .budget(Budget.builder().perRun(Money.usd(new BigDecimal("0.05"))).build());
    ImmutableStep.Builder classify =
        Step.builder()
            .id("classify")
            .title("Classify")
            .kind(StepKind.LLM)
            .instructions("Classify the customer request into one of the five refund categories.")
            .inputDescription("the request")
            .outputDescription("a category")
            .inputTokens(TokenCount.declared(500))
            .outputTokens(TokenCount.declared(20))
            .model("claude-haiku-4-5")
            .retries(2)
            .addFallbacks("gpt-5-mini");
    ImmutableStep.Builder approve =
        Step.builder()
            .id("approve")
            .title("Approve")
            .kind(StepKind.HUMAN)
            .approver("Lead")
            .instructions("Approve the refund category before the refund is issued.")
            .addDependsOn("classify");
    ImmutableStep.Builder refund =
        Step.builder()
            .id("refund")
            .title("Refund")
            .kind(StepKind.TOOL)
            .instructions("Issue the refund through the refunds API.")
            .addTools("refunds.api")
            .retries(1)
            .outputDescription("a receipt")
            .addDependsOn("approve");
    List<Step> extra = new ArrayList<>();
    boolean noSteps;

    Workflow build() {
      ImmutableWorkflow.Builder b = wf;
      if (!noSteps) {
        b.addSteps(classify.build(), approve.build());
        b.addAllSteps(extra);
        b.addSteps(refund.build());
      }
      return b.build();
    }
  }

  /** Each check and the change that makes it fire. */
  static Map<String, UnaryOperator<Parts>> examples() {
    Map<String, UnaryOperator<Parts>> m = new LinkedHashMap<>();
    m.put("SCORE-STEP-NO-INSTRUCTIONS", p -> with(p, () -> p.classify.instructions("")));
    m.put(
        "SCORE-STEP-NO-OUTPUT",
        p -> with(p, () -> p.refund.outputDescription(java.util.Optional.empty())));
    m.put(
        "SCORE-STEP-NO-INPUT",
        p -> with(p, () -> p.classify.inputDescription(java.util.Optional.empty())));
    m.put("SCORE-NO-DESCRIPTION", p -> with(p, () -> p.wf.description(java.util.Optional.empty())));
    m.put(
        "SCORE-VAGUE-INSTRUCTIONS",
        p ->
            with(p, () -> p.refund.instructions("Issue the refund through the refunds API, etc.")));
    m.put("SCORE-SHORT-INSTRUCTIONS", p -> with(p, () -> p.classify.instructions("Classify it.")));
    m.put("SCORE-KIND-INFERRED", p -> with(p, () -> p.refund.kindDeclared(false)));
    m.put("SCORE-CYCLE", p -> with(p, () -> p.classify.addDependsOn("refund")));
    m.put("SCORE-UNKNOWN-REFERENCE", p -> with(p, () -> p.refund.addDependsOn("nowhere")));
    m.put("SCORE-UNBOUNDED-LOOP", p -> with(p, () -> p.classify.unboundedLoop(true)));
    m.put(
        "SCORE-BRANCH-WITHOUT-CONDITION",
        p ->
            with(
                p,
                () -> {
                  p.extra.add(
                      Step.builder()
                          .id("route")
                          .title("Route")
                          .kind(StepKind.DECISION)
                          .instructions(
                              "Route refunds above 100 USD to the lead, the rest to the API.")
                          .outputDescription("a route")
                          .condition("always")
                          .addDependsOn("approve")
                          .build());
                  p.refund.dependsOn(List.of("route"));
                }));
    m.put("SCORE-DEPENDENCIES-INFERRED", p -> with(p, () -> p.approve.dependenciesDeclared(false)));
    m.put("SCORE-UNVALIDATED-OUTPUT", p -> with(p, () -> p.classify.structuredOutput(true)));
    m.put("SCORE-NO-RETRY", p -> with(p, () -> p.refund.retries(java.util.OptionalInt.empty())));
    m.put("SCORE-NO-FALLBACK", p -> with(p, () -> p.classify.fallbacks(List.of())));
    m.put("SCORE-NO-OWNER", p -> with(p, () -> p.wf.owner(java.util.Optional.empty())));
    m.put("SCORE-NO-VERSION", p -> with(p, () -> p.wf.version(java.util.Optional.empty())));
    m.put("SCORE-NO-ETHOS", p -> with(p, () -> p.wf.ethos(java.util.Optional.empty())));
    m.put("SCORE-NO-BUDGET", p -> with(p, () -> p.wf.budget(Budget.none())));
    m.put(
        "SCORE-NO-HUMAN-GATE",
        p ->
            with(
                p,
                () -> {
                  p.approve
                      .kind(StepKind.TOOL)
                      .addTools("approvals.api")
                      .retries(1)
                      .outputDescription("an approval");
                }));
    m.put(
        "SCORE-ESTIMATED-SIZES",
        p ->
            with(
                p,
                () -> p.classify.inputTokens(TokenCount.estimated(500, "from the instructions"))));
    m.put(
        "SCORE-NO-MODEL-OR-TIER", p -> with(p, () -> p.classify.model(java.util.Optional.empty())));
    m.put("SCORE-TOOL-UNNAMED", p -> with(p, () -> p.refund.tools(List.of())));
    m.put("SCORE-NO-STEPS", p -> with(p, () -> p.noSteps = true));
    return m;
  }

  private static Parts with(Parts p, Runnable change) {
    change.run();
    return p;
  }

  private static Set<String> checks(Workflow wf) {
    StructuralScore score = StructuralScorer.score(wf, new WorkflowGraph(wf));
    return score.dimensions().stream()
        .map(DimensionScore::findings)
        .flatMap(List::stream)
        .map(ScoreFinding::check)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theWellFormedWorkflowIsFlaggedByNoCheck() {
    Workflow wf = new Parts().build();
    assertThat(checks(wf)).isEmpty();
    assertThat(StructuralScorer.score(wf, new WorkflowGraph(wf)).overall()).isEqualTo(100);
  }

  static Stream<String> checkIds() {
    return examples().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkIds")
  void eachCheckFlagsItsExample(String check) {
    Workflow wf = examples().get(check).apply(new Parts()).build();
    Set<String> flagged = checks(wf);
    assertThat(flagged).contains(check);
    if (!check.equals("SCORE-NO-STEPS") && !check.equals("SCORE-CYCLE")) {
      // one change, one finding (no steps and a cycle also leave other checks without ground)
      assertThat(flagged).containsExactly(check);
    }
  }

  @Test
  void aBranchWithAConditionIsNotFlagged() {
    Parts p = examples().get("SCORE-BRANCH-WITHOUT-CONDITION").apply(new Parts());
    p.refund.condition("the lead approved");
    assertThat(checks(p.build())).isEmpty();
  }

  @Test
  void aDecisionAfterALaterStepWithTheSameIdIsReadFromTheFirst() {
    // dependencies name the first step of an id, as Workflow.step(id) finds it
    Parts p = new Parts();
    p.extra.add(
        Step.builder()
            .id("classify")
            .title("Again")
            .kind(StepKind.DECISION)
            .instructions("A second step with the id classify, a decision.")
            .condition("always")
            .outputDescription("a route")
            .addDependsOn("approve")
            .build());
    assertThat(checks(p.build())).doesNotContain("SCORE-BRANCH-WITHOUT-CONDITION");
  }

  @Test
  void everyCheckOfTheScorerHasAnExample() {
    Set<String> ids = new TreeSet<>();
    ScoreChecks.ALL.forEach(c -> ids.add(c.id()));
    assertThat(ids).hasSize(24);
    assertThat(new TreeSet<>(examples().keySet())).isEqualTo(ids);
  }

  @Test
  void theTierAloneIsEnoughForTheModelCheck() {
    Parts p = new Parts();
    p.classify.model(java.util.Optional.empty()).tier(CapabilityTier.LIGHTWEIGHT);
    assertThat(checks(p.build())).isEmpty();
  }

  @Test
  void humanValidationCountsAsAHumanGate() {
    Parts p = examples().get("SCORE-NO-HUMAN-GATE").apply(new Parts());
    p.classify.validation(ValidationMethod.HUMAN);
    assertThat(checks(p.build())).isEmpty();
  }
}
