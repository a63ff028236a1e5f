package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Step;
import org.junit.jupiter.api.Test;

/** The structured JSON and YAML forms of a workflow. */
class StructuredParserTest {
  static final Cromus ENGINE = Cromus.builder().build();

  static CompileResult compile(String name, String text, InputKind kind) {
    return ENGINE.compileSource(
        WorkflowSource.builder().name(name).text(text).kind(kind).build(), Scope.defaults());
  }

  /** Issue 18.1: an explicit step id is the id even when the step has a title. */
  @Test
  void anExplicitIdIsTheIdWhateverTheTitle() {
    String json =
        "{\"name\":\"ids\",\"steps\":[{\"id\":\"classify\",\"title\":\"Classify the request\","
            + "\"kind\":\"llm\",\"dependsOn\":[]},{\"id\":\"reply\",\"title\":\"Draft the reply\","
            + "\"kind\":\"llm\",\"dependsOn\":[\"classify\"]}]}";
    String yaml =
        """
        name: ids
        steps:
          - id: classify
            title: Classify the request
            kind: llm
            dependsOn: []
          - id: reply
            title: Draft the reply
            kind: llm
            dependsOn: [classify]
        """;
    for (CompileResult r :
        new CompileResult[] {
          compile("ids.json", json, InputKind.JSON), compile("ids.yaml", yaml, InputKind.YAML)
        }) {
      assertThat(r.workflow().steps()).extracting(Step::id).containsExactly("classify", "reply");
      assertThat(r.workflow().steps())
          .extracting(Step::title)
          .containsExactly("Classify the request", "Draft the reply");
      assertThat(r.workflow().steps().get(1).dependsOn()).containsExactly("classify");
      assertThat(r.diagnostics()).extracting(Diagnostic::rule).doesNotContain("DAG-UNKNOWN-REF");
      assertThat(r.verdict().status()).isNotEqualTo(VerdictStatus.FAIL);
    }
  }

  @Test
  void anIdThatIsNotKebabCaseIsNormalizedWithADiagnostic() {
    CompileResult r =
        compile(
            "ids.yaml",
            """
            name: ids
            steps:
              - id: Classify Request
                title: Classify
                kind: llm
                dependsOn: []
            """,
            InputKind.YAML);
    assertThat(r.workflow().steps()).extracting(Step::id).containsExactly("classify-request");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.line()).isEqualTo(3));
  }

  @Test
  void aDuplicateKeyKeepsTheFirstValueAndIsAnError() {
    CompileResult r =
        compile(
            "dup.yaml",
            "name: a\nname: b\nsteps:\n  - id: x\n    kind: llm\n    dependsOn: []\n",
            InputKind.YAML);
    assertThat(r.workflow().name()).isEqualTo("a");
    assertThat(r.workflow().steps()).extracting(Step::id).containsExactly("x");
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("WF-SYNTAX");
              assertThat(d.line()).isEqualTo(2);
              assertThat(d.message()).contains("Duplicate key 'name'");
            });
  }
}
