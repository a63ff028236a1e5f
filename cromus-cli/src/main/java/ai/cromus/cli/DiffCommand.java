package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.internal.CostDiff;
import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.Json;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cromus diff OLD NEW [--scope FILE] [--format text|json|markdown]}: the cost and Croms
 * change between two versions.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Show the change in cost per mode and in Croms between two versions of a workflow.")
@API(status = INTERNAL, since = "0.1")
public final class DiffCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    markdown
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version of the workflow.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version of the workflow.")
  Path newFile;

  @Option(
      names = "--scope",
      paramLabel = "FILE",
      description = "A workspace scope (YAML or JSON) for both versions.")
  Path scope;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public DiffCommand() {}

  @Override
  public Integer call() {
    Cromus engine = Cromus.defaultEngine();
    PrintWriter err = spec.commandLine().getErr();
    CompileResult before;
    CompileResult after;
    try {
      Parsed<Scope> s = ScopeFiles.load(scope, engine);
      List<Diagnostic> scopeErrors =
          s.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
      if (!scopeErrors.isEmpty()) {
        // a scope that cannot be read falls back to the defaults: no diff under a scope not meant
        for (Diagnostic d : scopeErrors) {
          err.println("cromus: " + where(d) + " error " + d.rule() + ": " + d.message());
        }
        err.println(
            "cromus: the scope "
                + InputFiles.logicalName(scope)
                + " has errors, so there is no diff under it; fix it or leave out --scope");
        return CromusCommand.USAGE;
      }
      before = compile(engine, oldFile, s);
      after = compile(engine, newFile, s);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    if (engine.catalog().isEmpty()) {
      err.println("cromus: no model catalog on the class path, so there is no cost to compare");
      return CromusCommand.USAGE;
    }
    boolean unpriced = false;
    for (Object[] side : new Object[][] {{oldFile, before}, {newFile, after}}) {
      CompileResult r = (CompileResult) side[1];
      if (r.simulation().isEmpty()) {
        unpriced = true;
        err.println("cromus: " + name((Path) side[0]) + ": " + whyUnpriced(r));
      }
    }
    if (unpriced) {
      err.println("cromus: there is no cost to compare");
      return CromusCommand.USAGE;
    }
    CostDiff diff = new CostDiff(name(oldFile), before, name(newFile), after);
    switch (format) {
      case json -> spec.commandLine().getOut().print(Json.write(diff.json()));
      case markdown -> spec.commandLine().getOut().print(diff.markdown());
      default -> spec.commandLine().getOut().print(diff.text());
    }
    spec.commandLine().getOut().flush();
    return CromusCommand.OK;
  }

  /** Why a result compiled with a catalog has no simulation: its first error, or no steps. */
  static String whyUnpriced(CompileResult r) {
    for (Diagnostic d : r.diagnostics()) {
      if (d.rule().equals("CROMUS-INTERNAL-ERROR")) {
        return "Cromus failed on this input (" + d.message() + ")";
      }
    }
    String first =
        r.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .findFirst()
            .map(d -> " (" + where(d) + " " + d.rule() + ": " + d.message() + ")")
            .orElse("");
    return r.workflow().steps().isEmpty()
        ? "no steps were found" + first + ", so nothing is priced"
        : "the workflow could not be simulated" + first;
  }

  private static String where(Diagnostic d) {
    return d.source() + ":" + d.line() + ":" + d.column();
  }

  private static String name(Path p) {
    return InputFiles.logicalName(p);
  }

  private static CompileResult compile(Cromus engine, Path file, Parsed<Scope> scope)
      throws InputFiles.Unreadable {
    String text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    return engine.compileSource(WorkflowSource.of(name(file), text), scope);
  }
}
