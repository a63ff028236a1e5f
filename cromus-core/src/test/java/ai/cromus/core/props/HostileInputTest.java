package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input: huge files, huge lines, deep nesting, odd line ends and absurd numbers. Each gets
 * a located diagnostic; none throws or hangs (the timeouts are hang guards, not benchmarks).
 */
@Timeout(120)
class HostileInputTest {
  static final Cromus ENGINE = Cromus.defaultEngine();

  static CompileResult compile(String name, String text) {
    CompileResult r = ENGINE.compileSource(WorkflowSource.of(name, text), Scope.defaults());
    r.artifacts(); // rendered lazily: render them too, they must not throw either
    return r;
  }

  static List<String> rules(CompileResult r) {
    return r.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
  }

  @Test
  void tenMegabyteSopCompiles() {
    StringBuilder sb = new StringBuilder("# Big\n\n");
    int i = 0;
    while (sb.length() < 10 * 1024 * 1024) {
      i++;
      sb.append("## ")
          .append(i)
          .append(". Classify item ")
          .append(i)
          .append('\n')
          .append("Classify the item into one of the known categories. ".repeat(20))
          .append('\n')
          .append(
              "- kind: llm\n- input: item, ~900 tokens\n- output: JSON {category}, ~40 tokens\n\n");
    }
    int steps = i;
    CompileResult r = compile("big.md", sb.toString());
    assertThat(r.workflow().steps()).hasSize(steps);
  }

  @Test
  void millionCharacterLineIsCutOnItsLine() {
    String text = "# T\n\n## 1. Classify\n" + "a".repeat(1_000_000) + "\n- kind: llm\n";
    CompileResult r = compile("wide.md", text);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("INPUT-LINE-TOO-LONG");
              assertThat(d.line()).isEqualTo(4);
            });
    assertThat(r.workflow().steps()).hasSize(1);
  }

  @Test
  void tenThousandLevelsOfQuotesAreReported() {
    CompileResult r = compile("deep.md", "# T\n\n## 1. Deep\n" + "> ".repeat(10_000) + "deep\n");
    assertThat(r.workflow().steps()).hasSize(1);
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("INPUT-TOO-DEEP");
              assertThat(d.line()).isEqualTo(4);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"- ", "1. ", "* > "})
  void thousandLevelsOfListsAreReported(String marker) {
    StringBuilder sb = new StringBuilder("# T\n\n## 1. Deep\n");
    for (int i = 0; i < 1_000; i++) {
      sb.append(" ".repeat(i * marker.length())).append(marker).append("x\n");
    }
    CompileResult r = compile("deep.md", sb.toString());
    assertThat(r.workflow().steps()).hasSize(1);
    assertThat(rules(r)).contains("INPUT-TOO-DEEP");
  }

  @Test
  void crlfAndLoneCrKeepLineNumbers() {
    String lf = "# T\n\n## 1. Classify\nClassify it.\n- kind: robot\n";
    for (String sep : List.of("\r\n", "\r")) {
      CompileResult r = compile("ends.md", lf.replace("\n", sep));
      assertThat(r.diagnostics())
          .as(sep.equals("\r") ? "CR" : "CRLF")
          .anySatisfy(
              d -> {
                assertThat(d.rule()).isEqualTo("SOP-ANNOTATION-VALUE");
                assertThat(d.line()).isEqualTo(5);
              });
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e30 tokens",
        "-5 tokens",
        "99999999999999 tokens",
        "NaN tokens",
        "Infinity tokens",
        "0x10 tokens"
      })
  void absurdSizesAreDiagnosticsNotFigures(String size) {
    CompileResult r =
        compile(
            "absurd.md",
            "# T\n\n## 1. Classify\nClassify it.\n- kind: llm\n- input: email, " + size + "\n");
    assertThat(r.diagnostics())
        .as(size)
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("SOP-ANNOTATION-VALUE");
              assertThat(d.line()).isEqualTo(6);
            });
    assertThat(r.workflow().steps().get(0).inputTokens().declared()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "runs_per_day: 1000000000000",
        "runs_per_day: -3",
        "runs_per_day: 1e9",
        "runs_per_month: .5",
        "budget:\n  per_run_usd: NaN",
        "budget:\n  per_run_usd: 1e400"
      })
  void absurdVolumesAndBudgetsAreDiagnostics(String line) {
    CompileResult r =
        compile("absurd.md", "---\n" + line + "\n---\n# T\n\n## 1. A\nClassify it.\n- kind: llm\n");
    assertThat(rules(r)).as(line).contains("SOP-FRONT-MATTER-VALUE");
    assertThat(r.workflow().runsPerDay()).isEmpty();
    assertThat(r.workflow().budget().perRun()).isEmpty();
  }

  @Test
  void yamlBombsAndTagsInFrontMatterAreHarmless() {
    String bomb =
        "---\nname: x\nowner: &a [\"lol\",\"lol\"]\nversion: !!python/object/apply:os.system [\"ls\"]\n---\n# T\n\n## 1. A\nClassify.\n- kind: llm\n";
    CompileResult r = compile("bomb.md", bomb);
    assertThat(r.workflow().steps()).hasSize(1);
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d.rule()).startsWith("SOP-FRONT-MATTER"));
    assertThat(r.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo("SOP-FRONT-MATTER-SYNTAX");
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.message())
                  .startsWith("Custom YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"front.md", "flow.yaml", "flow.json"})
  void valuesPastTheBoundAreRefusedWithADiagnosticAtTheFirstOneTooMany(String name) {
    // the bound is 100,000 values, or 50 a step of the step limit if that is more
    Cromus engine = Cromus.builder().limits(Limits.builder().maxSteps(100).build()).build();
    String rule;
    String text;
    int line;
    if (name.endsWith(".md")) {
      rule = "SOP-FRONT-MATTER-SYNTAX";
      text =
          "---\nowner:\n"
              + "  - x\n".repeat(100_000)
              + "---\n# T\n\n## 1. A\nClassify.\n- kind: llm\n";
      line = 100_001; // the mapping and the list are values 1 and 2; item 99,999 is one too many
    } else if (name.endsWith(".yaml")) {
      rule = "WF-SYNTAX";
      text = "name: x\nsteps:\n" + "  - 1\n".repeat(100_000);
      line = 100_000; // the mapping, 'x' and the list are values 1 to 3; item 99,998 is too many
    } else {
      rule = "WF-SYNTAX";
      text = "{\"name\": \"x\", \"steps\": [\n" + "1,\n".repeat(100_000) + "1]}";
      line = 99_999; // the same values, the items starting on line 2
    }
    Parsed<Workflow> p = engine.parse(WorkflowSource.of(name, text));
    assertThat(p.diagnostics())
        .as(name)
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo(rule);
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.message())
                  .isEqualTo(
                      "The document exceeds a safety limit: it has more than 100000 values.");
            });
    if (name.endsWith(".md")) {
      assertThat(p.value().steps()).hasSize(1);
      assertThat(p.value().owner()).isEmpty();
    } else {
      assertThat(p.value().steps()).isEmpty();
    }
  }

  @Test
  void aStructuredWorkflowAtTheStepLimitIsNotRefusedByTheValueBound() {
    // 2,500 steps of 44 values: 110,000 values, over 100,000 but within 50 a step
    Cromus engine = Cromus.builder().limits(Limits.builder().maxSteps(2_500).build()).build();
    String tools =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> "t" + i)
            .collect(Collectors.joining(", "));
    StringBuilder sb = new StringBuilder("name: many\nsteps:\n");
    for (int i = 0; i < 2_500; i++) {
      sb.append("  - {id: s")
          .append(i)
          .append(", kind: tool, tools: [")
          .append(tools)
          .append("]}\n");
    }
    Parsed<Workflow> p = engine.parse(WorkflowSource.of("many.yaml", sb.toString()));
    assertThat(p.diagnostics()).noneSatisfy(d -> assertThat(d.rule()).isEqualTo("WF-SYNTAX"));
    assertThat(p.value().steps()).hasSize(2_500);
  }
}
