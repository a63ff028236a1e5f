package ai.cromus.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Effect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The risk assertions pass on what is true, and fail with the risk breakdown otherwise. */
class RiskAssertTest {
  static CompileResult example(String file) throws IOException {
    String text = Files.readString(Path.of("../examples/sops", file));
    return Cromus.defaultEngine()
        .compileSource(WorkflowSource.sop("examples/sops/" + file, text), Scope.defaults());
  }

  @Test
  void aWorkflowThatCannotActPasses() throws IOException {
    CompileResult r = example("refund-triage.md");
    CromusAssertions.assertThat(r)
        .hasRiskAtMost(RiskLevel.LOW)
        .hasNoRiskFinding("RISK-PROMPT-INJECTION")
        .risk()
        .hasLevel(RiskLevel.NONE)
        .hasNoFindings();
    CromusAssertions.assertThat(r).step("look-up-the-order").hasEffect(Effect.READ_ONLY);
  }

  @Test
  void theRiskyExampleFailsWithEveryFindingAndItsFix() throws IOException {
    CompileResult r = example("refund-auto-reply.md");
    CromusAssertions.assertThat(r)
        .hasRiskFinding("RISK-LETHAL-TRIFECTA")
        .risk()
        .hasLevel(RiskLevel.CRITICAL)
        .hasFinding("RISK-ACTION-WITHOUT-APPROVAL", "issue-refunds-up-to-200")
        .isAtMost(RiskLevel.CRITICAL);
    CromusAssertions.assertThat(r)
        .step("send-the-reply")
        .hasEffect(Effect.EXTERNAL)
        .hasRiskAtMost(RiskLevel.CRITICAL);
    assertThatThrownBy(() -> CromusAssertions.assertThat(r).hasRiskAtMost(RiskLevel.MEDIUM))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected the risk to be at most medium but it is critical, from"
                + " RISK-LETHAL-TRIFECTA (critical, send-the-reply), RISK-ETHOS-TOLERANCE (high,"
                + " issue-refunds-up-to-200), RISK-PROMPT-INJECTION (high, send-the-reply).")
        .hasMessageContaining("Risk critical\n")
        .hasMessageContaining("  step send-the-reply: external (inferred), level critical\n")
        .hasMessageContaining("      fix: Break one of the three");
    assertThatThrownBy(
            () -> CromusAssertions.assertThat(r).hasNoRiskFinding("RISK-PROMPT-INJECTION"))
        .hasMessageStartingWith(
            "Expected no risk finding RISK-PROMPT-INJECTION but found RISK-PROMPT-INJECTION"
                + " (high, send-the-reply).");
    assertThatThrownBy(() -> CromusAssertions.assertThat(r).risk().hasFinding("RISK-DATA-RULE"))
        .hasMessageStartingWith("Expected a risk finding RISK-DATA-RULE but there is none.");
    assertThatThrownBy(
            () -> CromusAssertions.assertThat(r).step("send-the-reply").hasEffect(Effect.WRITE))
        .hasMessageStartingWith(
            "Expected step send-the-reply to have effect write but it has external.");
    assertThatThrownBy(
            () ->
                CromusAssertions.assertThat(r).step("send-the-reply").hasRiskAtMost(RiskLevel.HIGH))
        .hasMessageStartingWith(
            "Expected the risk of step send-the-reply to be at most high but it is critical.");
    assertThatThrownBy(
            () ->
                CromusAssertions.assertThat(r)
                    .risk()
                    .hasFinding("RISK-PROMPT-INJECTION", "draft-the-reply"))
        .hasMessageStartingWith(
            "Expected a risk finding RISK-PROMPT-INJECTION on step draft-the-reply but there is"
                + " none.");
  }
}
