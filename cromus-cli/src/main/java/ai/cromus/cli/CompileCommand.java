package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.internal.CompileBatch;
import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.cli.internal.TextReport;
import ai.cromus.cli.internal.WorkflowSources;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.report.HtmlReport;
import ai.cromus.report.HtmlReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cromus compile FILE... [--scope FILE] [--format text|json|sarif|html] [--jobs N]
 * [--exact-tokens]}: one file prints its report; several files, a folder or a glob print one report
 * per file and a summary ({@link CompileBatch}; text, JSON or SARIF).
 */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = "Compile a workflow (SOP Markdown, SKILL.md, JSON or YAML) into a report.")
@API(status = INTERNAL, since = "0.1")
public final class CompileCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    sarif,
    html
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "The workflow file. Several files, a folder (its SOP and SKILL.md files) or a quoted"
              + " glob ('sops/**/*.md') compile each: one report per file and a summary; exit"
              + " code of the worst.")
  List<Path> files;

  @Option(names = "--scope", paramLabel = "FILE", description = "A workspace scope (YAML or JSON).")
  Path scope;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text, json, sarif or html (one self-contained page; default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show info diagnostics too.")
  boolean verbose;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Files compiled at once in a batch (default: the number of processors); the output is"
              + " the same for any N.")
  Integer jobs;

  @Option(
      names = "--exact-tokens",
      description =
          "Count the text of model steps whose input size is estimated with the tokenizer of each"
              + " OpenAI candidate (o200k_base, cl100k_base) instead of 4 characters per token;"
              + " loading the vocabularies adds about a second.")
  boolean exactTokens;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public CompileCommand() {}

  /**
   * {@code compile FILE...} with nothing else: the command picocli would make of it, or null for
   * any other command line ({@link CromusCommand#plainPaths}). {@link CromusCommand} runs it
   * without picocli, whose model of the command costs more than a tenth of a compile.
   */
  static CompileCommand plain(String... args) {
    List<Path> given = CromusCommand.plainPaths("compile", args);
    if (given == null) {
      return null;
    }
    CompileCommand c = new CompileCommand();
    c.files = given;
    c.format = Format.text;
    return c;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Compiles and prints the report(s); returns the exit code. */
  int run(PrintWriter out, PrintWriter err) {
    if (jobs != null && jobs < 1) {
      err.println("cromus: --jobs " + jobs + " is not a positive number");
      return CromusCommand.USAGE;
    }
    if (files.size() > 1 || CompileBatch.isBatch(files.get(0))) {
      return batch(out, err);
    }
    Path file = files.get(0);
    Cromus engine = engine();
    String text;
    try {
      text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    String name = InputFiles.logicalName(file);
    Parsed<Scope> s;
    try {
      s = ScopeFiles.load(scope, engine);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    CompileResult r =
        engine.compileSource(
            WorkflowSources.of(file, name, text, engine.limits().maxInputChars() * 4L), s);
    switch (format) {
      case json -> {
        try {
          CromusJson.write(r, out);
        } catch (IOException e) {
          err.println("cromus: cannot write the report: " + e.getMessage());
          return CromusCommand.USAGE;
        }
      }
      case sarif -> out.print(SarifWriter.compile(name, r));
      case html -> out.print(HtmlReport.render(r, htmlOptions(name, text)));
      default ->
          out.print(
              TextReport.of(
                  name, r, verbose, Optional.ofNullable(scope).map(InputFiles::logicalName)));
    }
    out.flush();
    return r.verdict().exitCode();
  }

  /**
   * The default engine, or with {@code --exact-tokens} the same engine counting with jtokkit: only
   * then are {@link ExactTokens} and jtokkit's classes loaded.
   */
  private Cromus engine() {
    return exactTokens ? ExactTokens.engine(Cromus.defaultEngine()) : Cromus.defaultEngine();
  }

  private int batch(PrintWriter out, PrintWriter err) {
    if (format == Format.html) {
      err.println(
          "cromus: --format html makes one page of one workflow; compile several files with"
              + " --format text, json or sarif, or one at a time for their pages");
      return CromusCommand.USAGE;
    }
    List<Path> expanded;
    Cromus engine = engine();
    Parsed<Scope> s;
    try {
      expanded = CompileBatch.expand(files);
      s = ScopeFiles.load(scope, engine);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    try {
      return new CompileBatch(
              engine,
              s,
              Optional.ofNullable(scope).map(InputFiles::logicalName),
              format.name(),
              verbose)
          .run(expanded, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, out);
    } catch (IOException e) {
      err.println("cromus: cannot write the report: " + e.getMessage());
      return CromusCommand.USAGE;
    }
  }

  /** The workflow's and the scope's texts, for the source excerpts under the diagnostics. */
  private HtmlReportOptions htmlOptions(String name, String text) {
    var o = HtmlReportOptions.builder().putSources(name, text);
    if (scope != null) {
      String scopeName = InputFiles.logicalName(scope);
      o.scopeFile(scopeName);
      try {
        o.putSources(scopeName, InputFiles.read(scope, ScopeFiles.MAX_BYTES));
      } catch (InputFiles.Unreadable e) {
        // read once already; a file gone since shows its diagnostics without an excerpt
      }
    }
    return o.build();
  }
}
