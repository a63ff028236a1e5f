package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SopParserTest {
  static final Cromus ENGINE = Cromus.builder().build();

  static String example(String name) throws IOException {
    return Files.readString(Path.of("../examples/sops/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void annotatedExampleOfTheFormatDocument() throws IOException {
    Parsed<Workflow> p =
        ENGINE.parse(WorkflowSource.of("refund-triage.md", example("refund-triage.md")));
    Workflow wf = p.value();
    assertThat(wf.name()).isEqualTo("refund-triage");
    assertThat(wf.title()).isEqualTo("Refund request triage");
    assertThat(wf.format()).isEqualTo(SourceFormat.SOP);
    assertThat(wf.runsPerDay()).hasValue(400);
    assertThat(wf.owner()).hasValue("Customer Operations");
    assertThat(wf.budget().perRun().get().toPlainString()).isEqualTo("0.02");
    assertThat(wf.steps())
        .extracting(Step::id)
        .containsExactly(
            "classify-the-request",
            "look-up-the-order",
            "draft-the-reply",
            "approve-refunds-over-200");
    Step classify = wf.steps().get(0);
    assertThat(classify.kind()).isEqualTo(StepKind.LLM);
    assertThat(classify.inputTokens().tokens()).isEqualTo(900);
    assertThat(classify.inputTokens().declared()).isTrue();
    assertThat(classify.outputTokens().tokens()).isEqualTo(60);
    assertThat(classify.structuredOutput()).isTrue();
    assertThat(classify.validation()).hasValue(ValidationMethod.JSON_SCHEMA);
    assertThat(classify.retries()).hasValue(2);
    assertThat(classify.dependsOn()).isEmpty();
    assertThat(classify.position().line()).isEqualTo(11);
    Step draft = wf.steps().get(2);
    assertThat(draft.dependsOn()).containsExactly("classify-the-request", "look-up-the-order");
    assertThat(draft.inputTokens().tokens()).isEqualTo(1400);
    Step approve = wf.steps().get(3);
    assertThat(approve.kind()).isEqualTo(StepKind.HUMAN);
    assertThat(approve.approver()).hasValue("Team lead");
    assertThat(approve.condition()).hasValue("category is refund and amount > 200");
    assertThat(p.diagnostics().stream().filter(d -> d.rule().startsWith("SOP-ANNOTATION")))
        .isEmpty();
  }

  @Test
  void plainSopYieldsFourSensibleSteps() throws IOException {
    Parsed<Workflow> p =
        ENGINE.parse(
            WorkflowSource.of("plain-refund-triage.md", example("plain-refund-triage.md")));
    Workflow wf = p.value();
    assertThat(wf.format()).isEqualTo(SourceFormat.PLAIN_SOP);
    assertThat(wf.steps()).hasSize(4);
    assertThat(wf.steps())
        .extracting(Step::kind)
        .containsExactly(StepKind.LLM, StepKind.TOOL, StepKind.LLM, StepKind.HUMAN);
    assertThat(wf.steps().get(1).dependsOn()).containsExactly(wf.steps().get(0).id());
    assertThat(wf.steps().get(0).inputTokens().declared()).isFalse();
    assertThat(p.diagnostics())
        .extracting(Diagnostic::rule)
        .contains("SOP-PLAIN", "SOP-INFER-KIND", "SOP-INFER-TOKENS", "SOP-INFER-DEPENDENCY");
  }

  @Test
  void everyExampleCompilesWithLocatedDiagnostics() throws IOException {
    try (var files = Files.list(Path.of("../examples/sops"))) {
      for (Path f : files.sorted().collect(Collectors.toList())) {
        CompileResult r =
            Cromus.builder()
                .build()
                .compileSource(
                    WorkflowSource.of(f.getFileName().toString(), Files.readString(f)),
                    Scope.defaults());
        System.out.println(
            f.getFileName()
                + ": "
                + r.workflow().steps().size()
                + " steps, score "
                + r.structuralScore().overall()
                + ", "
                + r.verdict().status()
                + " "
                + r.verdict().reasons());
        r.diagnostics().stream()
            .filter(d -> d.severity().isAtLeast(ai.cromus.core.diagnostic.Severity.WARNING))
            .forEach(
                d ->
                    System.out.println(
                        "   " + d.rule() + " " + d.line() + ":" + d.column() + " " + d.message()));
        assertThat(r.workflow().steps()).isNotEmpty();
      }
    }
  }
}
