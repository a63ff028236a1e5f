package ai.cromus.core.risk;

import static ai.cromus.core.risk.RiskFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope's data rules remove offerings from the candidates of the steps that handle the data, as
 * the model gates do, and a plan that still sends the data there is an error.
 */
class DataRulesTest {
  static final Scope PHI_ON_BEDROCK =
      Scope.builder()
          .addDataRules(
              DataRule.builder().dataClass(DataClass.PHI).addChannels("aws-bedrock").build())
          .build();

  static Step model(String id, String... after) {
    return step(id, StepKind.LLM, after)
        .instructions("Summarise the notes for the referring doctor in plain words.")
        .inputTokens(TokenCount.declared(1500))
        .outputTokens(TokenCount.declared(300))
        .build();
  }

  static List<StepSimulation> planned(CompileResult r, String step) {
    List<StepSimulation> out = new ArrayList<>();
    List<PlanSimulation> plans = new ArrayList<>(r.simulation().orElseThrow().modes().values());
    plans.add(r.simulation().orElseThrow().declared());
    for (PlanSimulation p : plans) {
      p.step(step).ifPresent(out::add);
    }
    return out;
  }

  @Test
  void theModesAndRecommendationsOfAStepThatHandlesTheClassStayInsideTheRule() {
    Step phi = Step.builder().from(model("summary")).addData(DataClass.PHI).build();
    Step other = model("titles", "summary");
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(phi, other), PHI_ON_BEDROCK);
    assertThat(planned(r, "summary"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.channel()).contains("aws-bedrock"));
    for (Recommendation rec : r.recommendations()) {
      if (rec.stepId().equals("summary")) {
        assertThat(rec.channel()).isEqualTo("aws-bedrock");
        rec.alternatives().forEach(a -> assertThat(a.channel()).isEqualTo("aws-bedrock"));
      }
    }
    assertThat(planned(r, "titles"))
        .anySatisfy(
            s -> assertThat(s.channel()).isNotEqualTo(java.util.Optional.of("aws-bedrock")));
    assertThat(RiskFixtures.diagnostics(r)).doesNotContain("RISK-DATA-RULE");
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.PASS);
  }

  @Test
  void theWorkflowsDataAppliesToEveryStepThatStatesNone() {
    Workflow w =
        Workflow.builder()
            .name("wf")
            .addData(DataClass.PHI)
            .addSteps(
                model("summary"),
                Step.builder().from(model("titles", "summary")).addData(DataClass.PUBLIC).build())
            .build();
    CompileResult r = RiskFixtures.compile(w, PHI_ON_BEDROCK);
    assertThat(planned(r, "summary"))
        .allSatisfy(s -> assertThat(s.channel()).contains("aws-bedrock"));
    assertThat(r.risk().step("titles").orElseThrow().data()).containsExactly(DataClass.PUBLIC);
    assertThat(r.risk().step("summary").orElseThrow().data()).containsExactly(DataClass.PHI);
  }

  @Test
  void aDeclaredModelThatBreaksTheRuleIsAnErrorThatFailsTheVerdict() {
    Step phi =
        Step.builder().from(model("summary")).addData(DataClass.PHI).model("gpt-5-4").build();
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(phi), PHI_ON_BEDROCK);
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    RiskFinding f = r.risk().findings().get(0);
    assertThat(f.rule()).isEqualTo("RISK-DATA-RULE");
    assertThat(f.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(f.field()).contains("data_rules.phi.channels");
    assertThat(f.message())
        .isEqualTo(
            "The declared plan sends the phi data of step 'summary' to gpt-5-4 on openai-api,"
                + " which the scope forbids (data_rules.phi.channels: aws-bedrock).");
    assertThat(f.fix()).contains("the balanced recommendation is").contains("on aws-bedrock");
  }

  @Test
  void aClassKeptOutOfPromptsLeavesNoCandidateAndIsAnError() {
    Scope never =
        Scope.builder()
            .addDataRules(DataRule.builder().dataClass(DataClass.SECRETS).inPrompts(false).build())
            .build();
    Step secret = Step.builder().from(model("sign")).addData(DataClass.SECRETS).build();
    Step code = step("hash", StepKind.CODE, "sign").addData(DataClass.SECRETS).build();
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(secret, code), never);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().equals("RISK-DATA-RULE"))
        .extracting(d -> d.message())
        .containsExactly(
            "Step 'sign' puts secrets data in a model prompt, which data_rules.secrets forbid"
                + " (prompt: never): no model may serve it.");
    assertThat(r.diagnostics()).anyMatch(d -> d.rule().equals("SIM-NO-MODEL-IN-SCOPE"));
    assertThat(r.recommendations()).noneMatch(x -> x.stepId().equals("sign"));
  }

  @Test
  void withoutACatalogThePromptRuleIsStillChecked() {
    Scope never =
        Scope.builder()
            .addDataRules(DataRule.builder().dataClass(DataClass.SECRETS).inPrompts(false).build())
            .build();
    Step secret = Step.builder().from(model("sign")).addData(DataClass.SECRETS).build();
    CompileResult r = Cromus.builder().build().compile(RiskFixtures.workflow(secret), never);
    assertThat(r.simulation()).isEmpty();
    assertThat(RiskFixtures.diagnostics(r)).contains("RISK-DATA-RULE");
  }
}
