package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.InputKind;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.BudgetBasis;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The agent-loop, fee and range keys in a YAML workflow, and {@code budget_basis} in a scope. */
class LoopStructuredKeysTest {
  static final String YAML =
      """
      name: research
      steps:
        - id: lookup
          kind: tool
          fee: 0.02
          dependsOn: []
        - id: research
          kind: llm
          dependsOn: [lookup]
          input: brief, 1,000-3,000 tokens
          outputTokens: 300
          turns: 5
          tool_result: 700
          toolFee: $0.01 per call
          builtinTools: [web_search]
      """;

  @Test
  void aYamlWorkflowReadsTheSameKeysAsAnSop() {
    CompileResult r =
        Fixtures.engine()
            .compileSource(
                WorkflowSource.builder().name("r.yaml").text(YAML).kind(InputKind.YAML).build(),
                Scope.defaults());
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("WF-UNKNOWN-FIELD", "SOP-ANNOTATION-VALUE");
    Step lookup = r.workflow().steps().get(0);
    Step research = r.workflow().steps().get(1);
    assertThat(lookup.feeUsd()).hasValue(new BigDecimal("0.02"));
    assertThat(research.turns()).hasValue(5);
    assertThat(research.toolResultTokens().get().tokens()).isEqualTo(700);
    assertThat(research.toolFeeUsd()).hasValue(new BigDecimal("0.01"));
    assertThat(research.builtinTools()).containsExactly("web_search");
    assertThat(research.inputTokens().lowTokens()).isEqualTo(1_000);
    assertThat(research.inputTokens().highTokens()).isEqualTo(3_000);
  }

  @Test
  void theScopeReadsTheBudgetBasisAndRefusesAnUnknownOne() {
    assertThat(ScopeReader.read("s.yaml", "budget_basis: high\n").value().budgetBasis())
        .hasValue(BudgetBasis.HIGH);
    var bad = ScopeReader.read("s.yaml", "budget_basis: worst\n");
    assertThat(bad.value().budgetBasis()).isEmpty();
    assertThat(bad.diagnostics()).extracting(Diagnostic::rule).containsExactly("SCOPE-VALUE");
  }
}
