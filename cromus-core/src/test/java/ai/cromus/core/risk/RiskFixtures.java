package ai.cromus.core.risk;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Engines, example files and workflows built in code for the risk tests. */
final class RiskFixtures {
  static final Path EXAMPLES = Path.of("../examples");
  static final Path RISK = EXAMPLES.resolve("risk");

  static final Cromus ENGINE =
      Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();

  private RiskFixtures() {}

  /** Compiles an example file (relative to {@code examples/}) under a scope file or defaults. */
  static CompileResult example(String file, String scopeFile) {
    Path p = EXAMPLES.resolve(file);
    Parsed<Scope> scope =
        scopeFile == null
            ? Parsed.of(Scope.defaults(), List.of())
            : ScopeReader.read(scopeFile, read(EXAMPLES.resolve(scopeFile)), BundledCatalog.get());
    return ENGINE.compileSource(WorkflowSource.of("examples/" + file, read(p)), scope);
  }

  static CompileResult example(String file) {
    return example(file, null);
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles a workflow built in code under a scope. */
  static CompileResult compile(Workflow w, Scope scope) {
    return ENGINE.compile(w, scope);
  }

  static CompileResult compile(Workflow w) {
    return compile(w, Scope.defaults());
  }

  /** A step of a kind with an id and title, depending on {@code after}. */
  static ImmutableStep.Builder step(String id, StepKind kind, String... after) {
    return Step.builder().id(id).title(id.replace('-', ' ')).kind(kind).addDependsOn(after);
  }

  static Workflow workflow(Step... steps) {
    return Workflow.builder().name("wf").addSteps(steps).build();
  }

  /** The rules of a result's findings, in order. */
  static List<String> rules(CompileResult r) {
    return r.risk().findings().stream().map(RiskFinding::rule).collect(Collectors.toList());
  }

  /** The rule ids of a result's diagnostics. */
  static List<String> diagnostics(CompileResult r) {
    return r.diagnostics().stream().map(d -> d.rule()).collect(Collectors.toList());
  }
}
