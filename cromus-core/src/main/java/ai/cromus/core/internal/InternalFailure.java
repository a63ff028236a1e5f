package ai.cromus.core.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.ImmutableCompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.parse.Slug;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The last line of defence: when a bug in Cromus throws, the caller still gets a result, with a
 * {@code CROMUS-INTERNAL-ERROR} diagnostic that names the exception and a FAIL verdict, never a
 * stack trace. Tests and fuzzers assert this diagnostic never appears.
 */
public final class InternalFailure {
  private InternalFailure() {}

  static Diagnostic diagnostic(String source, Throwable e) {
    String what =
        e.getClass().getSimpleName()
            + (e.getMessage() == null
                ? ""
                : ": "
                    + (e.getMessage().length() > 200
                        ? e.getMessage().substring(0, 200) + "…"
                        : e.getMessage()));
    return Diagnostic.of(
        CoreRule.INTERNAL_ERROR,
        SourceLocation.start(source),
        "Cromus failed on this input ("
            + what
            + "); nothing after the failing stage was"
            + " computed.",
        "This is a bug in Cromus: please report it with the input.");
  }

  /** A parse that threw. */
  public static Parsed<Workflow> parse(WorkflowSource source, Throwable e) {
    String name = Slug.of(source.name(), 64);
    return Parsed.of(
        Workflow.builder().name(name.isEmpty() ? "workflow" : name).source(source.name()).build(),
        List.of(diagnostic(source.name(), e)));
  }

  /** A compile that threw after parsing. */
  public static CompileResult compile(
      Parsed<Workflow> parsed, Scope scope, Throwable e, String version) {
    List<Diagnostic> diags = new ArrayList<>(parsed.diagnostics());
    diags.add(diagnostic(parsed.value().source(), e));
    diags.sort(Diagnostic.ORDER);
    return ImmutableCompileResult.builder()
        .cromusVersion(version)
        .workflow(parsed.value())
        .scope(scope)
        .diagnostics(diags)
        .structuralScore(StructuralScore.builder().overall(0).build())
        .verdict(
            Verdict.builder()
                .status(VerdictStatus.FAIL)
                .addReasons("Cromus failed on this input (" + CoreRule.INTERNAL_ERROR.id() + ")")
                .build())
        .build();
  }
}
