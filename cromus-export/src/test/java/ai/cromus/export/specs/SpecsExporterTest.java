package ai.cromus.export.specs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpecsExporterTest {
  private static CompileResult compile(String file) throws Exception {
    String text =
        Files.readString(Paths.get("..", "examples", "sops", file), StandardCharsets.UTF_8);
    return Cromus.builder()
        .asOf(LocalDate.of(2026, 11, 25))
        .build()
        .compileSource(WorkflowSource.sop("examples/sops/" + file, text), Scope.defaults());
  }

  @Test
  void writesTheFourSpecFilesUnderAgentsSkillsAndTheyValidate() throws Exception {
    ExportBundle b =
        new SpecsExporter()
            .export(
                compile("adverse-event-intake.md"), ai.cromus.core.export.ExportOptions.defaults());
    assertThat(b.target()).isEqualTo("specs");
    assertThat(b.diagnostics()).isEmpty();
    assertThat(b.files())
        .extracting(ExportedFile::path)
        .containsExactly(
            ".agents/skills/adverse-event-intake/SKILL.md",
            ".agents/skills/adverse-event-intake/cromus.yaml",
            ".agents/skills/adverse-event-intake/ethos-the-steward-v1.0.0.md",
            ".agents/skills/adverse-event-intake/MEMORY.md");
    List<SpecReport> reports =
        SpecValidator.create()
            .validateAll(
                b.files().stream()
                    .map(f -> SpecFile.of(f.path(), f.text()))
                    .collect(Collectors.toList()));
    assertThat(reports).allMatch(SpecReport::valid);
    assertThat(reports.get(0).diagnostics())
        .noneMatch(d -> d.severity() == ai.cromus.core.diagnostic.Severity.WARNING);
  }

  @Test
  void nothingToExportIsADiagnostic() throws Exception {
    CompileResult r =
        Cromus.builder()
            .build()
            .compileSource(WorkflowSource.sop("empty.md", ""), Scope.defaults());
    ExportBundle b = new SpecsExporter().export(r, ai.cromus.core.export.ExportOptions.defaults());
    assertThat(b.files()).isEmpty();
    assertThat(b.diagnostics()).extracting(d -> d.rule()).containsExactly("EXPORT-NO-STEPS");
  }

  @Test
  void nameOptionRenamesTheSkillAndItsFolder() throws Exception {
    ExportBundle b =
        new SpecsExporter()
            .export(
                compile("refund-triage.md"),
                ai.cromus.core.export.ExportOptions.builder().name("Acme Refunds!").build());
    assertThat(b.files())
        .extracting(ExportedFile::path)
        .first()
        .isEqualTo(".agents/skills/acme-refunds/SKILL.md");
    assertThat(b.files().get(0).text()).contains("name: \"acme-refunds\"");
  }

  @Test
  void isRegisteredAsAService() {
    assertThat(ServiceLoader.load(Exporter.class).stream().map(p -> p.type().getName()))
        .contains(SpecsExporter.class.getName());
  }
}
