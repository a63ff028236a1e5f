package ai.cromus.cli;

import ai.cromus.core.Cromus;
import ai.cromus.core.report.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cromus} command. Exit codes: 0 pass or warn, 1 fail (errors or a failed verdict), 2
 * usage error or unreadable input.
 */
@Command(
    name = "cromus",
    mixinStandardHelpOptions = true,
    versionProvider = CromusCommand.Version.class,
    description = "Pre-execution governance of AI agent workflows: score, simulate, gate, export.",
    subcommands = {
      CompileCommand.class,
      ModelsCommand.class,
      ExportCommand.class,
      DiffCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CromusCommand implements Runnable {
  /** Exit code of a passing or warning run. */
  public static final int OK = 0;

  /** Exit code of a failed verdict or invalid input. */
  public static final int FAILED = 1;

  /** Exit code of a usage error or unreadable input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and returns its exit code; never throws. Everything printed to {@code
   * out} and {@code err} goes through {@link TerminalText#guard}, so no control character of the
   * input reaches the terminal raw.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    PrintWriter safeOut = TerminalText.guard(out);
    PrintWriter safeErr = TerminalText.guard(err);
    CommandLine cl = new CommandLine(new CromusCommand());
    cl.setOut(safeOut);
    cl.setErr(safeErr);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("cromus: internal error: " + e);
          return USAGE;
        });
    try {
      return cl.execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true);
    PrintWriter err =
        new PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true);
    int code;
    try {
      code = execute(out, err, args);
    } catch (OutOfMemoryError e) {
      // the input's structures are unreachable once the stack has unwound: there is room to say so
      out.flush();
      err.println(
          "cromus: out of memory: this input needs more than the "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB the JVM may use; run java with a larger -Xmx (20,000 steps need about 256 MB)");
      code = USAGE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Prints the library version and the catalog version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String catalog =
          Cromus.defaultEngine()
              .catalog()
              .map(c -> "catalog " + c.version() + " (as of " + c.asOf() + ")")
              .orElse("no catalog on the class path");
      return new String[] {"cromus " + Cromus.version(), catalog};
    }
  }
}
