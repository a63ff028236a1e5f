package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.BundledCatalog;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of every parser: no exception escapes, every diagnostic points at a line of the input,
 * every step has a position inside it. In a normal test run Jazzer replays the seed corpus under
 * {@code src/test/resources/.../ParserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real (see
 * the README).
 */
class ParserFuzzTest {
  private static final Cromus ENGINE =
      Cromus.builder()
          .catalog(BundledCatalog.get())
          .limits(Limits.builder().maxInputChars(64 * 1024).build())
          .build();

  @FuzzTest(maxDuration = "30s")
  void sopMarkdown(byte[] input) {
    check(new String(input, java.nio.charset.StandardCharsets.UTF_8), InputKind.SOP);
  }

  @FuzzTest(maxDuration = "30s")
  void structuredJson(byte[] input) {
    check(new String(input, java.nio.charset.StandardCharsets.UTF_8), InputKind.JSON);
  }

  @FuzzTest(maxDuration = "30s")
  void structuredYaml(byte[] input) {
    check(new String(input, java.nio.charset.StandardCharsets.UTF_8), InputKind.YAML);
  }

  /** A scope file: no exception, every diagnostic inside the text, and a compile on top of it. */
  @FuzzTest(maxDuration = "30s")
  void scope(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    ai.cromus.core.workflow.Parsed<Scope> scope =
        ai.cromus.core.scope.ScopeReader.read("fuzz-scope.yaml", text);
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : scope.diagnostics()) {
      assertThat(d.line()).as(d.toString()).isBetween(1, (int) lines + 1);
    }
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.sop("fuzz.md", "# T\n\n## 1. Classify it\nClassify.\n"), scope);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("CROMUS-INTERNAL-ERROR");
  }

  static void check(String text, InputKind kind) {
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.builder().name("fuzz").text(text).kind(kind).build(), Scope.defaults());
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.line()).as(d.toString()).isBetween(1, (int) lines + 1);
      assertThat(d.rule()).isNotBlank().isNotEqualTo("CROMUS-INTERNAL-ERROR");
    }
    r.workflow()
        .steps()
        .forEach(s -> assertThat(s.position().line()).isBetween(1, (int) lines + 1));
    assertThat(r.structuralScore().overall()).isBetween(0, 100);
    r.artifacts(); // rendered lazily: rendering them must not throw either
  }
}
