package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The artifacts generated for every example SOP: they validate clean, they match their golden
 * files, and the SKILL.md with its sidecar reads back to the same workflow. Run with {@code
 * -Dcromus.updateGolden=true} to rewrite the golden files after a deliberate change.
 */
class GeneratedArtifactsTest {
  static final Path EXAMPLES = Paths.get("..", "examples", "sops");
  static final Path GOLDEN = Paths.get("src", "test", "resources", "spec-golden");
  static final Cromus ENGINE = Cromus.builder().asOf(LocalDate.of(2026, 11, 25)).build();

  static Stream<String> sops() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  static CompileResult compile(String file) throws IOException {
    String text = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    return ENGINE.compileSource(
        WorkflowSource.sop("examples/sops/" + file, text), Scope.defaults());
  }

  /** The artifacts as spec files at the paths the specs exporter writes. */
  static List<SpecFile> files(Workflow w, Artifacts a) {
    String dir = ".agents/skills/" + ArtifactRenderer.skillName(w) + "/";
    List<SpecFile> files = new ArrayList<>();
    files.add(SpecFile.of(dir + "SKILL.md", a.skillMd(), SpecType.SKILL));
    files.add(SpecFile.of(dir + "cromus.yaml", a.cromusYaml(), SpecType.SIDECAR));
    files.add(SpecFile.of(a.ethosFileName(), a.ethosMd(), SpecType.ETHOS));
    files.add(SpecFile.of("MEMORY.md", a.memoryMd(), SpecType.MEMORY));
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sops")
  void generatedFilesValidateClean(String file) throws IOException {
    CompileResult r = compile(file);
    Artifacts a = r.artifacts().orElseThrow();
    List<SpecReport> reports =
        SpecValidator.create().validateAll(files(r.workflow(), a), Optional.of(r.workflow()));
    for (SpecReport report : reports) {
      List<Diagnostic> bad =
          report.diagnostics().stream()
              .filter(d -> d.severity() != Severity.INFO)
              .collect(Collectors.toList());
      assertThat(bad).as(report.path() + "\n" + text(report, a)).isEmpty();
    }
    assertThat(a.skillMd()).doesNotContain("\nmodel:").doesNotContain("\nethos:");
    assertThat(Names.KEBAB.matcher(ArtifactRenderer.skillName(r.workflow())).matches()).isTrue();
  }

  private static String text(SpecReport r, Artifacts a) {
    String t =
        r.type() == SpecType.SKILL
            ? a.skillMd()
            : r.type() == SpecType.SIDECAR
                ? a.cromusYaml()
                : r.type() == SpecType.ETHOS ? a.ethosMd() : a.memoryMd();
    return r.diagnostics() + "\n" + t;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sops")
  void generatedFilesMatchTheirGoldenFiles(String file) throws IOException {
    CompileResult r = compile(file);
    Artifacts a = r.artifacts().orElseThrow();
    Path dir = GOLDEN.resolve(file.replace(".md", ""));
    String[][] expected = {
      {"SKILL.md", a.skillMd()}, {"cromus.yaml", a.cromusYaml()},
      {"MEMORY.md", a.memoryMd()}, {"ETHOS-FILE-NAME.txt", a.ethosFileName() + "\n"}
    };
    if (Boolean.getBoolean("cromus.updateGolden")) {
      Files.createDirectories(dir);
      for (String[] e : expected) {
        Files.writeString(dir.resolve(e[0]), e[1], StandardCharsets.UTF_8);
      }
    }
    for (String[] e : expected) {
      assertThat(e[1])
          .as(file + " " + e[0])
          .isEqualTo(Files.readString(dir.resolve(e[0]), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sops")
  void skillMdWithItsSidecarReadsBackToTheSameWorkflow(String file) throws IOException {
    CompileResult r = compile(file);
    Artifacts a = r.artifacts().orElseThrow();
    Workflow original = r.workflow();
    String name = ".agents/skills/" + ArtifactRenderer.skillName(original) + "/SKILL.md";
    Parsed<Workflow> back =
        ENGINE.parse(WorkflowSource.skill(name, a.skillMd(), Optional.of(a.cromusYaml())));
    assertThat(back.diagnostics()).filteredOn(d -> d.severity() != Severity.INFO).isEmpty();
    Workflow w = back.value();
    assertThat(w.name()).isEqualTo(ArtifactRenderer.skillName(original));
    assertThat(w.title()).isEqualTo(original.title());
    assertThat(w.description())
        .isEqualTo(
            original.description().isPresent()
                ? original.description()
                : Optional.of(ArtifactRenderer.description(original)));
    assertThat(w.owner()).isEqualTo(original.owner());
    assertThat(w.version()).isEqualTo(original.version());
    assertThat(w.domain()).isEqualTo(original.domain());
    assertThat(w.runsPerDay()).isEqualTo(original.runsPerDay());
    assertThat(w.runsPerMonth()).isEqualTo(original.runsPerMonth());
    assertThat(w.mode()).isEqualTo(original.mode());
    assertThat(w.memory()).isEqualTo(original.memory());
    assertThat(w.budget()).isEqualTo(original.budget());
    assertThat(w.ethos()).contains(ArtifactRenderer.profile(original).stem());
    assertThat(w.extra()).isEqualTo(original.extra());
    assertThat(w.data()).isEqualTo(original.data());
    List<Step> steps = original.steps();
    assertThat(w.steps()).hasSameSizeAs(steps);
    for (int i = 0; i < steps.size(); i++) {
      assertThat(w.steps().get(i)).as("step " + steps.get(i).id()).isEqualTo(steps.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sops")
  void aSkillMdWithoutItsSidecarStillReadsItsSteps(String file) throws IOException {
    CompileResult r = compile(file);
    Artifacts a = r.artifacts().orElseThrow();
    String name = ".agents/skills/" + ArtifactRenderer.skillName(r.workflow()) + "/SKILL.md";
    Parsed<Workflow> back =
        ENGINE.parse(
            WorkflowSource.builder().name(name).text(a.skillMd()).kind(InputKind.AUTO).build());
    assertThat(back.value().steps())
        .extracting(Step::title)
        .containsExactlyElementsOf(
            r.workflow().steps().stream()
                .map(Step::title)
                .map(t -> t.replaceAll("\\s+", " ").strip())
                .collect(Collectors.toList()));
    assertThat(back.value().name()).isEqualTo(ArtifactRenderer.skillName(r.workflow()));
  }
}
