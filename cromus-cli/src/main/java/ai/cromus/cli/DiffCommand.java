package ai.cromus.cli;

import ai.cromus.cli.internal.CostDiff;
import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.Json;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    Cromus engine = Cromus.defaultEngine();
    CompileResult before;
    CompileResult after;
    try {
      Parsed<Scope> s = ScopeFiles.load(scope, engine);
      before = compile(engine, oldFile, s);
      after = compile(engine, newFile, s);
    } catch (InputFiles.Unreadable e) {
      spec.commandLine().getErr().println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    CostDiff diff = new CostDiff(name(oldFile), before, name(newFile), after);
    if (!diff.comparable()) {
      spec.commandLine()
          .getErr()
          .println("cromus: no model catalog on the class path, so there is no cost to compare");
      return CromusCommand.USAGE;
    }
    switch (format) {
      case json:
        spec.commandLine().getOut().print(Json.write(diff.json()));
        break;
      case markdown:
        spec.commandLine().getOut().print(diff.markdown());
        break;
      default:
        spec.commandLine().getOut().print(diff.text());
    }
    spec.commandLine().getOut().flush();
    return CromusCommand.OK;
  }

  private static String name(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static CompileResult compile(Cromus engine, Path file, Parsed<Scope> scope)
      throws InputFiles.Unreadable {
    String text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    return engine.compileSource(WorkflowSource.of(name(file), text), scope);
  }
}
