package ai.cromus.it;

import static ai.cromus.test.CromusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.test.CromusBudget;
import ai.cromus.test.CromusWorkflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What a user of Cromus does in an application's tests: compile an SOP under a scope, assert its
 * budget with the test kit, export it to every runtime, write and read its JSON, validate specs.
 * Every consumer build runs this same class under its own stack of Jackson, SnakeYAML, JUnit and
 * AssertJ versions, and writes what Cromus produced to {@code target/cromus-out}, where the last
 * build compares the bytes across stacks.
 */
class ConsumerTest {
  private static final String SOP = "classpath:sops/refund-triage.md";
  private static final String SCOPE = "classpath:scopes/acme-support.yaml";
  private static final Path OUT = Path.of("target/cromus-out");

  /** The build really runs on the versions it claims (set in its pom from the stack's BOM). */
  @Test
  void runsOnTheStackItNames() throws ClassNotFoundException {
    assertEquals(
        System.getProperty("expected.jackson"),
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        "jackson-databind");
    assertEquals(
        System.getProperty("expected.jackson"),
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
        "jackson-core");
    assertEquals(
        System.getProperty("expected.jackson"),
        com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString(),
        "jackson-dataformat-yaml");
    assertEquals(
        System.getProperty("expected.junit"),
        Test.class.getPackage().getImplementationVersion(),
        "junit-jupiter-api");
    assertEquals(
        System.getProperty("expected.junit"),
        Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
            .getPackage()
            .getImplementationVersion(),
        "junit-jupiter-engine");
    assertTrue(
        jarOf(org.yaml.snakeyaml.LoaderOptions.class)
            .endsWith("snakeyaml-" + System.getProperty("expected.snakeyaml") + ".jar"),
        () -> "snakeyaml from " + jarOf(org.yaml.snakeyaml.LoaderOptions.class));
    assertTrue(
        jarOf(org.assertj.core.api.Assertions.class)
            .endsWith("assertj-core-" + System.getProperty("expected.assertj") + ".jar"),
        () -> "assertj-core from " + jarOf(org.assertj.core.api.Assertions.class));
  }

  @Test
  @CromusBudget(perRunUsd = "0.05", perMonthUsd = "1500", mode = CostMode.BALANCED)
  void staysWithinItsBudget(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    assertThat(result).hasNoDiagnosticsAtOrAbove(Severity.ERROR);
    assertThat(result).costPerRun(CostMode.ECO).isLessThan("0.01");
    assertThat(result).step("classify-the-request").recommendedModel(CostMode.ECO).isOpenWeights();
  }

  /** Test templates go through the extension's other interception path. */
  @RepeatedTest(2)
  @CromusBudget(perRunUsd = "0.05", mode = CostMode.ECO)
  void repeatedTestsAreCheckedToo(
      @CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    assertThat(result).structuralScore().isAtLeast(50);
  }

  @Test
  void aBrokenLimitFailsWithTheBreakdown(
      @CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result) {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> assertThat(result).costPerRun(CostMode.QUALITY).isAtMost("0.000001"));
    assertTrue(e.getMessage().contains("classify-the-request"), e::getMessage);
  }

  @Test
  void exportsToEveryRuntime(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result)
      throws IOException {
    Cromus cromus = Cromus.defaultEngine();
    List<String> targets =
        cromus.exporters().stream().map(Exporter::id).sorted().collect(Collectors.toList());
    assertTrue(targets.size() >= 8, () -> "exporters found: " + targets);
    for (String target : targets) {
      ExportBundle bundle = cromus.export(result, target);
      if (bundle.files().isEmpty()) {
        // the scope allows no model of this target's vendor: the export says which gate
        assertTrue(
            bundle.diagnostics().stream().anyMatch(d -> d.rule().equals("EXPORT-NO-ALLOWED-MODEL")),
            () -> target + " wrote nothing and said " + bundle.diagnostics());
        write(
            "export/" + target + "/diagnostics.txt",
            bundle.diagnostics().toString().getBytes(StandardCharsets.UTF_8));
      }
      for (ExportedFile f : bundle.files()) {
        write("export/" + target + "/" + f.path(), f.content());
      }
    }
  }

  @Test
  void writesAndReadsItsJson(@CromusWorkflow(value = SOP, scope = SCOPE) CompileResult result)
      throws IOException {
    // the compile report is written, not read back; the workflow it was compiled from round-trips
    String json = CromusJson.write(result);
    assertTrue(json.contains("\"status\" : \"" + result.verdict().status() + "\""), json);
    String workflow = CromusJson.write(result.workflow());
    ai.cromus.core.workflow.Workflow back =
        CromusJson.read(workflow, ai.cromus.core.workflow.Workflow.class);
    assertEquals(result.workflow(), back);
    assertEquals(workflow, CromusJson.write(back));
    write("result.json", json.getBytes(StandardCharsets.UTF_8));
    write("workflow.json", workflow.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void validatesSpecFiles() throws IOException {
    Path skill = Path.of(System.getProperty("examples"), "specs/refund-triage/SKILL.md");
    SpecReport report =
        SpecValidator.create()
            .validate(
                SpecFile.of(
                    "refund-triage/SKILL.md", Files.readString(skill, StandardCharsets.UTF_8)));
    assertTrue(report.valid(), report::toString);
    write("spec-report.json", CromusJson.write(report).getBytes(StandardCharsets.UTF_8));
  }

  private static void write(String relative, byte[] content) throws IOException {
    Path p = OUT.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
  }

  private static String jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().getPath();
  }
}
