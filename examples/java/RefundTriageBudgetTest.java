import static ai.cromus.test.CromusAssertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.test.CromusBudget;
import ai.cromus.test.CromusWorkflow;
import org.junit.jupiter.api.Test;

/**
 * The refund-triage workflow's budget, enforced in every build.
 *
 * <p>To use it: add {@code ai.cromus:cromus-test} with test scope, copy this class into
 * {@code src/test/java}, {@code examples/sops/refund-triage.md} into
 * {@code src/test/resources/sops/} and {@code examples/scopes/acme-support.yaml} into
 * {@code src/test/resources/scopes/}. A broken limit fails the test with the per-step costs,
 * the Croms findings and the diagnostics that explain it.
 */
class RefundTriageBudgetTest {
  private static final String SOP = "classpath:sops/refund-triage.md";
  private static final String SCOPE = "classpath:scopes/acme-support.yaml";

  /** One annotation makes a budget test: checked before the body runs. */
  @Test
  @CromusBudget(perRunUsd = "0.01", perMonthUsd = "100", mode = CostMode.BALANCED)
  void fitsItsBudget(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    assertThat(result).passes().hasNoDiagnosticsAtOrAbove(Severity.WARNING);
  }

  @Test
  void wastesLittleAndReadsWell(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    assertThat(result).croms().isBelow(30);
    assertThat(result).structuralScore().isAtLeast(70);
  }

  @Test
  void classificationRunsOnOpenWeightsInEcoMode(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    assertThat(result).step("classify-the-request").recommendedModel(CostMode.ECO).isOpenWeights();
    assertThat(result).costPerRun(CostMode.ECO).isLessThan("0.001");
    assertThat(result).costPerMonth(CostMode.QUALITY).isAtMost("1500");
  }
}
