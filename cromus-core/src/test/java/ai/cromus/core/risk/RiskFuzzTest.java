package ai.cromus.core.risk;

import ai.cromus.core.CompileResult;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Workflow;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.IntUnaryOperator;

/**
 * Fuzz test of the risk analysis: any generated workflow and scope compiles without an exception,
 * with levels that agree with the findings. A normal test run replays the seed corpus under {@code
 * src/test/resources/.../RiskFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RiskFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void generatedWorkflow(FuzzedDataProvider data) {
    IntUnaryOperator next = bound -> data.consumeInt(0, bound - 1);
    Workflow w = RiskGenerated.workflow(next);
    Scope scope = RiskGenerated.scope(next);
    CompileResult r = RiskFixtures.compile(w, scope);
    RiskPropertiesTest.check(r, "fuzzed workflow");
  }
}
