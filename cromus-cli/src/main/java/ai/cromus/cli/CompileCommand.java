package ai.cromus.cli;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.cli.internal.TextReport;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cromus compile FILE [--scope FILE] [--format text|json|sarif]}. */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = "Compile a workflow (SOP Markdown, SKILL.md, JSON or YAML) into a report.")
public final class CompileCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file.")
  Path file;

  @Option(names = "--scope", paramLabel = "FILE", description = "A workspace scope (YAML or JSON).")
  Path scope;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show info diagnostics too.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Cromus engine = Cromus.defaultEngine();
    String text;
    try {
      text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    } catch (InputFiles.Unreadable e) {
      spec.commandLine().getErr().println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    String name = InputFiles.logicalName(file);
    Parsed<Scope> s;
    try {
      s = ScopeFiles.load(scope, engine);
    } catch (InputFiles.Unreadable e) {
      spec.commandLine().getErr().println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    CompileResult r =
        engine.compileSource(
            ai.cromus.cli.internal.WorkflowSources.of(
                file, name, text, engine.limits().maxInputChars() * 4L),
            s);
    switch (format) {
      case json:
        try {
          CromusJson.write(r, spec.commandLine().getOut());
        } catch (IOException e) {
          spec.commandLine().getErr().println("cromus: cannot write the report: " + e.getMessage());
          return CromusCommand.USAGE;
        }
        break;
      case sarif:
        spec.commandLine().getOut().print(SarifWriter.compile(name, r));
        break;
      default:
        spec.commandLine()
            .getOut()
            .print(
                TextReport.of(
                    name,
                    r,
                    verbose,
                    java.util.Optional.ofNullable(scope).map(InputFiles::logicalName)));
    }
    spec.commandLine().getOut().flush();
    return r.verdict().exitCode();
  }
}
