package ai.cromus.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One example per rule of {@link CoreRule}: each file under {@code src/test/resources/rules} is
 * named {@code RULE@LINE--what.ext} and must produce that rule at that line. Limit rules, which
 * need small limits, are tested in code below.
 */
class CoreRulesTest {
  static final Path DIR = Path.of("src/test/resources/rules");
  static final Cromus ENGINE = Cromus.builder().build();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fileProducesItsRuleAtItsLine(Path file) throws IOException {
    String name = file.getFileName().toString();
    String rule = name.substring(0, name.indexOf('@'));
    int line = Integer.parseInt(name.substring(name.indexOf('@') + 1, name.indexOf("--")));
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.of(name, Files.readString(file, StandardCharsets.UTF_8)),
            Scope.defaults());
    assertThat(r.diagnostics())
        .as("diagnostics of %s", name)
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo(rule);
              assertThat(d.line()).isEqualTo(line);
            });
  }

  @Test
  void tooLargeInputIsRefusedBeforeParsing() {
    Cromus small = Cromus.builder().limits(Limits.builder().maxInputChars(100).build()).build();
    CompileResult r =
        small.compileSource(WorkflowSource.of("big.md", "x".repeat(101)), Scope.defaults());
    assertThat(rules(r.diagnostics())).contains("INPUT-TOO-LARGE");
  }

  @Test
  void longLineIsCutWithADiagnosticOnItsLine() {
    Cromus small = Cromus.builder().limits(Limits.builder().maxLineLength(80).build()).build();
    String text = "# T\n\n## 1. A\n" + "word ".repeat(100) + "\n- kind: llm\n";
    CompileResult r = small.compileSource(WorkflowSource.of("long.md", text), Scope.defaults());
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("INPUT-LINE-TOO-LONG");
              assertThat(d.line()).isEqualTo(4);
            });
    assertThat(r.workflow().steps().get(0).instructions().length()).isBetween(70, 80);
  }

  @Test
  void stepsPastTheLimitAreNotRead() {
    Cromus small = Cromus.builder().limits(Limits.builder().maxSteps(2).build()).build();
    String text = "# T\n\n1. Classify a.\n2. Classify b.\n3. Classify c.\n";
    CompileResult r = small.compileSource(WorkflowSource.of("many.md", text), Scope.defaults());
    assertThat(rules(r.diagnostics())).contains("INPUT-TOO-MANY-STEPS");
    assertThat(r.workflow().steps()).hasSize(2);
  }

  @Test
  void deepNestingIsReported() {
    Cromus small = Cromus.builder().limits(Limits.builder().maxNesting(4).build()).build();
    String text = "# T\n\n## 1. A\n" + ">".repeat(10) + " deep\n";
    CompileResult r = small.compileSource(WorkflowSource.of("deep.md", text), Scope.defaults());
    assertThat(rules(r.diagnostics())).contains("INPUT-TOO-DEEP");
  }

  @Test
  void byteOrderMarkAndControlCharactersAreNormalizedWithADiagnostic() {
    String text = "\uFEFF# T\r\n\r\n## 1. A\r\nClassify\u0000 it.\r\n- kind: llm\r\n";
    CompileResult r = ENGINE.compileSource(WorkflowSource.of("bom.md", text), Scope.defaults());
    assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("INPUT-ENCODING")).hasSize(2);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("INPUT-ENCODING");
              assertThat(d.line()).isEqualTo(4);
            });
    assertThat(r.workflow().steps().get(0).position().line()).isEqualTo(3);
  }

  @Test
  void aFailingStageBecomesAnInternalErrorDiagnosticNotAnException() {
    ai.cromus.core.catalog.ModelCatalog broken =
        (ai.cromus.core.catalog.ModelCatalog)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ai.cromus.core.catalog.ModelCatalog.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("version")) {
                    return "broken";
                  }
                  throw new IllegalStateException("catalog exploded");
                });
    Cromus engine = Cromus.builder().catalog(broken).build();
    CompileResult r =
        engine.compileSource(
            WorkflowSource.of("x.md", "# T\n\n## 1. Classify\nClassify it.\n- kind: llm\n"),
            Scope.defaults());
    assertThat(r.verdict().status()).isEqualTo(ai.cromus.core.VerdictStatus.FAIL);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("CROMUS-INTERNAL-ERROR");
              assertThat(d.message()).contains("catalog exploded");
            });
    assertThat(r.workflow().steps()).hasSize(1);
  }

  @Test
  void everyRuleHasAnExample() throws IOException {
    Set<String> covered = new HashSet<>();
    cases().forEach(p -> covered.add(p.getFileName().toString().split("@")[0]));
    covered.addAll(
        List.of(
            "INPUT-TOO-LARGE",
            "INPUT-LINE-TOO-LONG",
            "INPUT-TOO-MANY-STEPS",
            "INPUT-TOO-DEEP",
            "INPUT-ENCODING",
            // emitted by the command line only (cromus-cli's CompileBatchTest): core reads no files
            "INPUT-UNREADABLE",
            "CROMUS-INTERNAL-ERROR"));
    for (CoreRule rule : CoreRule.values()) {
      assertThat(covered).as("an example for " + rule.id()).contains(rule.id());
    }
  }

  static List<String> rules(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::rule).collect(Collectors.toList());
  }
}
