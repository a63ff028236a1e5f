package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.yaml.YamlText;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18.4: front-matter keys reach the {@code extra} block of {@code cromus.yaml}; they are
 * escaped like values, so the generated sidecar validates clean with Cromus's own validator and
 * reads back to the same keys and values, for the reproducer and seeded hostile keys and values.
 */
class SidecarInjectionTest {
  private static final String BODY = "# Triage\n\n## 1. Classify the email\nClassify it.\n";

  static final String[] PIECES = {
    "x\nschema",
    "schema",
    "---",
    "...",
    "<<",
    "=",
    "yes",
    "null",
    "~",
    "1",
    "010",
    "- a",
    "? b",
    "a: b",
    "#c",
    "&d",
    "*e",
    "!f",
    "!!python/object:os.system",
    "[g]",
    "{h: i}",
    "|",
    ">",
    "%",
    "@",
    "`",
    "\"",
    "'",
    "\\",
    "\t",
    "\r\n",
    "\u0000",
    "\u001b[31m",
    "\u0085",
    "\u2028",
    "\uFEFF",
    "é",
    "漢",
    "😀",
    " ",
    "extra",
    "steps",
    "workflow"
  };

  /** The SOP text whose front matter has {@code extra} among its keys, written as YAML. */
  static String sop(Map<String, Object> extra) {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("name", "triage");
    fm.putAll(extra);
    return YamlText.frontMatter(fm) + BODY;
  }

  static void generatedSidecarIsCleanAndReadsBack(Map<String, Object> extra, String why) {
    CompileResult r =
        GeneratedArtifactsTest.ENGINE.compileSource(
            WorkflowSource.sop("t.md", sop(extra)), Scope.defaults());
    Workflow w = r.workflow();
    assertThat(w.extra()).as(why).isEqualTo(extra);
    Artifacts a = r.artifacts().orElseThrow();
    List<SpecReport> reports =
        SpecValidator.create().validateAll(GeneratedArtifactsTest.files(w, a), Optional.of(w));
    for (SpecReport report : reports) {
      List<Diagnostic> bad =
          report.diagnostics().stream()
              .filter(d -> d.severity() != Severity.INFO)
              .collect(Collectors.toList());
      assertThat(bad).as(why + "\n" + report.path() + "\n" + a.cromusYaml()).isEmpty();
    }
    String name = ".agents/skills/" + ArtifactRenderer.skillName(w) + "/SKILL.md";
    Parsed<Workflow> back =
        GeneratedArtifactsTest.ENGINE.parse(
            WorkflowSource.skill(name, a.skillMd(), Optional.of(a.cromusYaml())));
    assertThat(back.value().extra()).as(why + "\n" + a.cromusYaml()).isEqualTo(extra);
    assertThat(back.value().steps()).isEqualTo(w.steps());
  }

  @Test
  void aKeyWithALineBreakStaysOneKey() {
    String text = "---\nname: triage\n\"x\\nschema\": evil\n---\n" + BODY;
    CompileResult r =
        GeneratedArtifactsTest.ENGINE.compileSource(
            WorkflowSource.sop("t.md", text), Scope.defaults());
    String sidecar = r.artifacts().orElseThrow().cromusYaml();
    assertThat(sidecar).doesNotContain("\nschema: evil").contains("\"x\\nschema\"");
    assertThat(sidecar.lines().filter(l -> l.startsWith("schema:")).count()).isEqualTo(1);
    generatedSidecarIsCleanAndReadsBack(Map.of("x\nschema", "evil"), "the reproducer");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileKeysAndValuesAreEscaped(long seed) {
    Random rnd = new Random(seed);
    Map<String, Object> extra = new LinkedHashMap<>();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      String key = "k" + i + piece(rnd) + piece(rnd);
      extra.put(key, piece(rnd) + piece(rnd) + "v");
    }
    generatedSidecarIsCleanAndReadsBack(extra, "seed " + seed + ": " + extra);
  }

  private static String piece(Random rnd) {
    return PIECES[rnd.nextInt(PIECES.length)];
  }
}
