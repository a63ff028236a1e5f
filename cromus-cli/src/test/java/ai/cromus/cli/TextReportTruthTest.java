package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.cli.internal.TextReport;
import ai.cromus.core.CompileResult;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.croms.CromsFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17.6, 17.9 and 17.12: the text report shows the fix, the budget and who chose what. */
class TextReportTruthTest {
  static final String INVOICE = "../examples/sops/invoice-exception-review.md";
  static final String SCOPE = "../examples/scopes/acme-support.yaml";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void longTextWrapsAndIsNeverCut() {
    Run r = run("compile", INVOICE, "--scope", SCOPE, "--verbose");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("…");
    CompileResult c =
        ai.cromus.core.Cromus.defaultEngine()
            .compileSource(
                WorkflowSource.of("x.md", read(INVOICE)),
                ai.cromus.core.scope.ScopeReader.read(
                    "s.yaml", read(SCOPE), ai.cromus.core.Cromus.defaultEngine().catalog().get()));
    String flat = collapse(r.out());
    for (CromsFinding f : c.croms().get().findings()) {
      assertThat(flat).as(f.kind()).contains(collapse(f.fix()));
    }
    // e.g. the fix that was cut at "(saves $0.0070 …"
    assertThat(flat)
        .containsPattern("for step 'classify-the-exception' \\(saves \\$0\\.\\d+ a run\\)");
  }

  @Test
  void amountsKeepTheirDigitsAndMonthlyColumnsTheirCurrency() {
    Run r = run("compile", INVOICE, "--scope", SCOPE);
    // no non-zero amount shown as $0.0000: the balanced plan costs $0.000401... a run
    assertThat(r.out()).contains("$0.00040 ").doesNotContainPattern("\\$0\\.0000(?![0-9])");
    Matcher plan = Pattern.compile("(?m)^  declared +\\S+ +(\\S+)").matcher(r.out());
    assertThat(plan.find()).isTrue();
    assertThat(plan.group(1)).matches("\\$\\d+\\.\\d\\d");
    assertThat(r.out()).contains("needs tier").contains("(USD; ");
  }

  @Test
  void showsTheBudgetInForceItsHeadroomTheScopeAndItsChannels() {
    Run r = run("compile", INVOICE, "--scope", SCOPE);
    assertThat(r.out())
        .contains("Budget in force")
        .containsPattern("workflow, a run +\\$0\\.0100 +\\$0\\.0228 +over by \\$0\\.0128")
        .containsPattern("scope, a run +\\$0\\.0500 +\\$0\\.0228 +\\$0\\.0272")
        .contains("Scope  ../examples/scopes/acme-support.yaml, workspace acme-support")
        .contains("channels enabled: anthropic-api, openai-api, aws-bedrock, openrouter, groq")
        .contains("used by the declared plan: anthropic-api, aws-bedrock, openai-api");
  }

  @Test
  void saysWhySeveralModesPickTheSamePlan() {
    Run r = run("compile", INVOICE, "--scope", SCOPE);
    assertThat(collapse(r.out()))
        .contains("eco, cost, balanced, open_source pick the same models:")
        .contains("no step of this plan gets either");
  }

  @Test
  void aNegativeSavingIsACostNeverASavingWithAMinus() {
    // haiku for a step that needs the balanced tier: the recommendation costs more
    String sop =
        SimulationReportTest.OLD
            .replace("claude-opus-4-7", "claude-haiku-4-5")
            .replace("- kind: llm\n", "- kind: llm\n- tier: balanced\n");
    CompileResult c = SimulationReportTest.compile("t.md", sop);
    assertThat(c.recommendations()).anyMatch(x -> x.savingPerMonth().isNegative());
    String text = TextReport.of("t.md", c, false);
    assertThat(text)
        .containsPattern("costs \\$\\d+\\.\\d\\d more")
        .doesNotContain("-$")
        .doesNotContain("saves -");
  }

  @Test
  void theDeclaredPlanSaysWhichModelsCromusChose() {
    String sop = SimulationReportTest.OLD.replace("- model: claude-opus-4-7\n", "");
    String text = TextReport.of("t.md", SimulationReportTest.compile("t.md", sop), false);
    assertThat(text)
        .containsPattern("classify-the-email +claude-\\S+ +Cromus \\(balanced\\)")
        .contains("Cromus chose it under the balanced policy");
    String named =
        TextReport.of(
            "t.md", SimulationReportTest.compile("t.md", SimulationReportTest.OLD), false);
    assertThat(named).containsPattern("classify-the-email +claude-opus-4-7 +author");
  }

  @Test
  void noArtifactCarriesTheAbsolutePathItWasReadFrom(@TempDir Path out) throws IOException {
    String abs = Path.of(INVOICE).toAbsolutePath().normalize().toString();
    Run r = run("export", abs, "--target", "all", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    String home = Path.of("").toAbsolutePath().getParent().toString();
    try (var walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(home);
      }
    }
    Path sidecar = out.resolve("specs/.agents/skills/invoice-exception-review/cromus.yaml");
    assertThat(Files.readString(sidecar))
        .contains("source_document: \"invoice-exception-review.md\"");
    // below the working directory, the path relative to it
    Run c = run("compile", Path.of("pom.xml").toAbsolutePath().toString());
    assertThat(c.out()).contains("from pom.xml");
  }

  static String read(String p) {
    try {
      return Files.readString(Path.of(p));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
