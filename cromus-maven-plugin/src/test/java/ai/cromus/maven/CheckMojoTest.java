package ai.cromus.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Mojo directly against a project directory made of the bundled examples. */
class CheckMojoTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

  /** A workflow with an error: no steps. */
  private static final String BROKEN = "---\nname: broken\n---\n# Broken\n\nNothing to do here.\n";

  @TempDir Path project;
  private final CapturedLog log = new CapturedLog();

  @BeforeEach
  void copyExamples() throws IOException {
    Files.createDirectories(project.resolve("src/main/sops"));
    Files.copy(
        EXAMPLES.resolve("sops/refund-triage.md"),
        project.resolve("src/main/sops/refund-triage.md"));
    Files.copy(EXAMPLES.resolve("scopes/acme-support.yaml"), project.resolve("acme-support.yaml"));
  }

  private CheckMojo mojo() {
    CheckMojo m = new CheckMojo();
    m.setLog(log);
    m.basedir = project.toFile();
    m.buildDirectory = project.resolve("target").toFile();
    return m;
  }

  private String report(String name) throws IOException {
    return Files.readString(project.resolve("target/cromus").resolve(name), StandardCharsets.UTF_8);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(project.resolve(path).getParent());
    Files.writeString(project.resolve(path), text, StandardCharsets.UTF_8);
  }

  @Test
  void aPassingWorkflowWritesTheReportAndDoesNotFail() throws Exception {
    CheckMojo m = mojo();
    m.execute();
    String text = report("cromus-check.txt");
    assertThat(text)
        .contains("from src/main/sops/refund-triage.md")
        .contains("Verdict  ")
        .contains("cromus:check  1 workflow: ");
    assertThat(text).doesNotContain("1 FAIL");
    // the build log shows one line for a workflow that passes, not its report
    assertThat(log.info)
        .filteredOn(l -> l.contains("refund-triage"))
        .singleElement()
        .asString()
        .startsWith("cromus:check  PASS  src/main/sops/refund-triage.md  score ");
    assertThat(String.join("\n", log.info)).doesNotContain("Structural score");
    assertThat(log.error).isEmpty();
  }

  @Test
  void aFailVerdictFailsTheBuildWithTheReport() throws Exception {
    write("src/main/sops/broken.md", BROKEN);
    CheckMojo m = mojo();
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "cromus:check failed (failOn FAIL): src/main/sops/broken.md is FAIL.")
        .hasMessageContaining("cromus-check.txt")
        // Maven prints the message again: the report is not in it, it is logged once above
        .hasMessageNotContaining("SOP-NO-STEPS")
        .hasMessageNotContaining("Structural score");
    // the report is written before the build fails, and the failing one logged once, as errors
    assertThat(report("cromus-check.txt"))
        .contains("Verdict  FAIL")
        .contains("SOP-NO-STEPS")
        .contains("from src/main/sops/refund-triage.md")
        .contains("cromus:check  2 workflows: ");
    assertThat(log.error).containsOnlyOnce("Verdict  FAIL: 1 error in the input");
    assertThat(log.error).anyMatch(l -> l.contains("SOP-NO-STEPS"));
    assertThat(log.error).noneMatch(l -> l.contains("refund-triage"));
    assertThat(log.info)
        .anyMatch(l -> l.startsWith("cromus:check  PASS  src/main/sops/refund-triage.md"))
        .anyMatch(l -> l.startsWith("cromus:check  2 workflows: "));
  }

  @Test
  void failOnNeverOnlyReports() throws Exception {
    write("src/main/sops/broken.md", BROKEN);
    CheckMojo m = mojo();
    m.failOn = "never";
    m.execute();
    assertThat(report("cromus-check.txt")).contains("Verdict  FAIL");
  }

  @Test
  void failOnWarnAlsoFailsOnWarnings() throws Exception {
    // a plain SOP: inferred kinds and sizes are info, an empty step title is not needed; add an
    // unknown key
    write(
        "src/main/sops/warned.md",
        """
        ---
        name: warned
        owner: Ops
        flavour: vanilla
        ---
        # Warned

        ## 1. Classify the email
        Classify the email as refund or complaint.
        - kind: llm
        - input: email, ~500 tokens
        - output: JSON {category}, ~20 tokens
        - validate: json-schema
        """);
    CheckMojo lenient = mojo();
    lenient.sops = List.of("src/main/sops/warned.md");
    lenient.execute();
    assertThat(report("cromus-check.txt"))
        .contains("Verdict  WARN")
        .contains("SOP-FRONT-MATTER-KEY");

    CheckMojo strict = mojo();
    strict.sops = List.of("src/main/sops/warned.md");
    strict.failOn = "WARN";
    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("src/main/sops/warned.md is WARN");
  }

  @Test
  void directoriesAreExpandedInPathOrderAndFilesKeptOnce() throws Exception {
    write("more/b.yaml", "not: a workflow\n");
    write("more/a/x.md", BROKEN);
    write("more/ignored.txt", "not read");
    CheckMojo m = mojo();
    m.sops = List.of("more", "more/a/x.md", "src/main/sops/refund-triage.md");
    assertThat(m.files())
        .extracting(p -> project.relativize(p).toString().replace('\\', '/'))
        .containsExactly("more/a/x.md", "more/b.yaml", "src/main/sops/refund-triage.md");
  }

  @Test
  void aMissingSopIsAConfigurationError() {
    CheckMojo m = mojo();
    m.sops = List.of("sops/nope.md");
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no such file or directory")
        .hasMessageContaining("nope.md");
  }

  @Test
  void badParametersAreConfigurationErrors() {
    CheckMojo m = mojo();
    m.failOn = "sometimes";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("cromus:check: failOn must be one of fail, warn, never, not 'sometimes'");
    CheckMojo f = mojo();
    f.format = "html";
    assertThatThrownBy(f::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("cromus:check: format must be one of text, sarif, not 'html'");
  }

  @Test
  void theScopeIsReadAndItsErrorsFailTheBuild() throws Exception {
    CheckMojo ok = mojo();
    ok.scope = "acme-support.yaml";
    ok.failOn = "never";
    ok.execute();
    assertThat(report("cromus-check.txt"))
        .contains("Scope  acme-support.yaml, workspace acme-support");

    write("bad-scope.yaml", "workspace: x\nscope: enforce\n");
    CheckMojo bad = mojo();
    bad.scope = "bad-scope.yaml";
    assertThatThrownBy(bad::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("src/main/sops/refund-triage.md is FAIL");
    assertThat(log.error)
        .anyMatch(l -> l.contains("bad-scope.yaml:2:1  error  SCOPE-ENFORCE-REFUSED"));
  }

  @Test
  void sarifReportHasOneArtifactPerSourceAndEveryDiagnostic() throws Exception {
    write("src/main/sops/broken.md", BROKEN);
    write("bad-scope.yaml", "workspace: x\nscope: enforce\n");
    CheckMojo m = mojo();
    m.format = "sarif";
    m.scope = "bad-scope.yaml";
    m.report = "target/out/cromus.sarif";
    assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class);
    JsonNode run =
        new ObjectMapper()
            .readTree(project.resolve("target/out/cromus.sarif").toFile())
            .at("/runs/0");
    assertThat(run.get("artifacts"))
        .extracting(a -> a.at("/location/uri").asText())
        .containsExactly(
            "src/main/sops/broken.md", "src/main/sops/refund-triage.md", "bad-scope.yaml");
    assertThat(run.get("results"))
        .extracting(r -> r.get("ruleId").asText())
        .contains("SOP-NO-STEPS", "SCOPE-ENFORCE-REFUSED");
  }

  @Test
  void skipDoesNothing() throws Exception {
    write("src/main/sops/broken.md", BROKEN);
    CheckMojo m = mojo();
    m.skip = true;
    m.execute();
    assertThat(project.resolve("target")).doesNotExist();
  }
}
