package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the agent-loop, fee and range keys: whatever their values, an SOP compiles without
 * an exception or an internal error, and every plan's low ≤ expected ≤ high. A normal test run
 * replays the seed corpus; {@code JAZZER_FUZZ=1} fuzzes.
 */
class LoopFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void loopKeysNeverThrow(FuzzedDataProvider data) {
    StringBuilder sop = new StringBuilder("# F\n\n## 1. Research\nSearch and summarise.\n");
    sop.append("- kind: llm\n");
    for (String key :
        new String[] {"turns", "tool_result", "tool_fee", "input", "output", "builtin_tools"}) {
      if (data.consumeBoolean()) {
        sop.append("- ").append(key).append(": ").append(data.consumeString(40)).append('\n');
      }
    }
    sop.append("\n## 2. Look up\n- kind: tool\n- fee: ").append(data.consumeString(40));
    sop.append('\n');
    CompileResult r = Fixtures.compileSop(sop.toString(), ai.cromus.core.scope.Scope.defaults());
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("CROMUS-INTERNAL-ERROR");
    r.simulation()
        .ifPresent(
            s -> {
              CostRange c = s.declared().costPerRun();
              assertThat(c.low().isGreaterThan(c.high())).isFalse();
            });
  }
}
