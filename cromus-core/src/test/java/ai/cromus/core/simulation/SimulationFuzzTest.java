package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.internal.simulation.SimulationStage;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the scope reader and the simulator. A normal test run replays the seed corpus under
 * {@code src/test/resources/.../SimulationFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SimulationFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void scopeFile(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Parsed<Scope> p = ScopeReader.read("fuzz.yaml", text, TestCatalog.CATALOG);
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : p.diagnostics()) {
      assertThat(d.rule()).startsWith("SCOPE-");
      assertThat(d.line()).as(d.toString()).isBetween(1, (int) lines + 1);
    }
    // whatever was read simulates without an exception and never breaks its own gates
    Workflow wf = Fixtures.workflow(SimulatorTest.CLASSIFY);
    SimulationOutcome r =
        SimulationStage.run(wf, p.value(), TestCatalog.CATALOG, TestCatalog.AS_OF);
    SimulationInvariantsTest.checkGates(r, p.value(), TestCatalog.CATALOG, "fuzzed scope");
  }

  @FuzzTest(maxDuration = "30s")
  void generatedWorkflow(FuzzedDataProvider data) {
    java.util.function.IntUnaryOperator next = bound -> data.consumeInt(0, bound - 1);
    ModelCatalog c = Generated.catalog(next);
    Workflow wf = Generated.workflow(next, c, true);
    Scope scope = Generated.scope(next);
    SimulationOutcome r = SimulationStage.run(wf, scope, c, TestCatalog.AS_OF);
    SimulationInvariantsTest.checkTotals(r, "fuzzed workflow");
    SimulationInvariantsTest.checkGates(r, scope, c, "fuzzed workflow");
  }
}
