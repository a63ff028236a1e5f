package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.Workflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The risk analysis is linear in steps and edges: a 20,000-step chain in which every third step
 * acts, under conditional approvals with many different conditions and untrusted text all along, is
 * analysed well within a generous bound (a hang guard, not a benchmark), with paths cut to their
 * last 32 steps.
 */
class LargeWorkflowRiskTest {
  @Test
  void twentyThousandStepsAreAnalysedQuickly() {
    int n = 20_000;
    var w = Workflow.builder().name("large").addData(DataClass.PII);
    for (int i = 0; i < n; i++) {
      var b = Step.builder().id("s" + i).title("Step " + i);
      if (i > 0) {
        b.addDependsOn("s" + (i - 1));
      }
      switch (i % 3) {
        case 0 -> b.kind(StepKind.LLM).trust(Trust.UNTRUSTED);
        case 1 -> b.kind(StepKind.HUMAN).approver("Lead").condition("case " + (i % 97));
        default -> b.kind(StepKind.TOOL).addTools(i % 2 == 0 ? "email.send" : "records.delete");
      }
      w.addSteps(b.build());
    }
    Workflow workflow = w.build();
    Cromus engine = Cromus.builder().limits(Limits.builder().maxSteps(n).build()).build();
    CompileResult r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> engine.compile(workflow, Scope.defaults()));
    RiskAnalysis a = r.risk();
    assertThat(a.level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(a.steps()).hasSize(n);
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.path().size()).isLessThanOrEqualTo(32));
    assertThat(a.findings().stream().filter(f -> f.rule().equals("RISK-ACTION-WITHOUT-APPROVAL")))
        .hasSize(n / 3);
  }
}
