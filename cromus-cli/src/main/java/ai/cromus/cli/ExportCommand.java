package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.export.ImmutableExportOptions;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.export.BundlePath;
import ai.cromus.export.BundleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cromus export FILE --target ID|all --out DIR [--mode M] [--name NAME] [--scope FILE]
 * [--force]} and {@code cromus export --list}. With {@code --target all} each target is written to
 * its own sub-folder. Existing files are never overwritten without {@code --force}, and no file is
 * written outside {@code --out}. Exit codes: 0 written, 1 written but the workflow or an export has
 * errors, 2 usage error, unreadable input or refused write (nothing written).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a compiled workflow to an agent runtime (see --list).")
@API(status = INTERNAL, since = "0.1")
public final class ExportCommand implements Callable<Integer> {
  /** Created by picocli. */
  public ExportCommand() {}

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The workflow file.")
  Path file;

  @Option(names = "--target", paramLabel = "ID", description = "An exporter id, or 'all'.")
  String target;

  @Option(names = "--out", paramLabel = "DIR", description = "The folder to write into.")
  Path out;

  @Option(
      names = "--mode",
      paramLabel = "M",
      description =
          "The cost-quality mode whose plan is exported: eco, cost, balanced, quality,"
              + " open_source (default: the declared plan).")
  String mode;

  @Option(names = "--scope", paramLabel = "FILE", description = "A workspace scope (YAML or JSON).")
  Path scope;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Name of the exported agent, graph or crew (default: the workflow title).")
  String exportName;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Option(names = "--list", description = "List the registered exporters and exit.")
  boolean list;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Cromus engine = Cromus.defaultEngine();
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (list) {
      return list(engine, o);
    }
    if (file == null || target == null || out == null) {
      err.println("cromus export: FILE, --target and --out are required (or use --list)");
      return CromusCommand.USAGE;
    }
    List<Exporter> chosen =
        target.equals("all")
            ? engine.exporters()
            : engine.exporters().stream().filter(e -> e.id().equals(target)).toList();
    if (chosen.isEmpty()) {
      err.println(
          "cromus export: no exporter '"
              + target
              + "'; registered: "
              + String.join(", ", engine.exporters().stream().map(Exporter::id).toList())
              + ", all");
      return CromusCommand.USAGE;
    }
    ImmutableExportOptions.Builder options = ExportOptions.builder();
    if (mode != null) {
      try {
        options.mode(CostMode.of(mode.replace('-', '_')));
      } catch (IllegalArgumentException e) {
        err.println("cromus export: unknown mode '" + mode + "'");
        return CromusCommand.USAGE;
      }
    }
    if (exportName != null) {
      options.name(exportName);
    }
    Parsed<Scope> scoped;
    try {
      scoped = ScopeFiles.load(scope, engine);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    String text;
    try {
      text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    String name = InputFiles.logicalName(file);
    // compiled under the scope: every exporter keeps to the models it allows
    CompileResult r =
        engine.compileSource(
            ai.cromus.cli.internal.WorkflowSources.of(
                file, name, text, engine.limits().maxInputChars() * 4L),
            scoped);
    for (Diagnostic d : scoped.diagnostics()) {
      if (d.severity() == Severity.ERROR) {
        err.println("scope: " + line(d));
      }
    }
    ExportOptions opts = options.build();
    Map<ExportBundle, Path> folders = new LinkedHashMap<>();
    boolean errors = r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    for (Exporter e : chosen) {
      ExportBundle b = engine.export(r, e.id(), opts);
      folders.put(b, target.equals("all") ? out.resolve(BundlePath.segment(e.id())) : out);
      for (Diagnostic d : b.diagnostics()) {
        errors |= d.severity() == Severity.ERROR;
        err.println(e.id() + ": " + line(d));
      }
    }
    if (!write(folders, o, err)) {
      return CromusCommand.USAGE;
    }
    o.flush();
    return errors ? CromusCommand.FAILED : CromusCommand.OK;
  }

  /** {@code --list}: every registered exporter with its description. */
  private static int list(Cromus engine, PrintWriter o) {
    int width = engine.exporters().stream().mapToInt(e -> e.id().length()).max().orElse(0);
    for (Exporter e : engine.exporters()) {
      o.println(
          String.format(java.util.Locale.ROOT, "%-" + width + "s  %s", e.id(), e.description()));
    }
    o.flush();
    return CromusCommand.OK;
  }

  /** Writes the bundles and lists the files written; false when nothing could be written. */
  private boolean write(Map<ExportBundle, Path> folders, PrintWriter o, PrintWriter err) {
    try {
      for (Path p : BundleWriter.write(folders, force)) {
        o.println(TerminalText.visible(p.toString()));
      }
    } catch (BundleWriter.Refused e) {
      e.problems().forEach(p -> err.println("cromus export: " + p));
      err.println("cromus export: nothing was written");
      return false;
    } catch (IOException e) {
      err.println("cromus export: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return false;
    }
    return true;
  }

  /** One diagnostic on one line: severity, rule, location, message (shown visibly). */
  private static String line(Diagnostic d) {
    return TerminalText.visible(
        d.severity().id()
            + " "
            + d.rule()
            + " "
            + d.source()
            + ":"
            + d.line()
            + ":"
            + d.column()
            + " "
            + d.message());
  }
}
