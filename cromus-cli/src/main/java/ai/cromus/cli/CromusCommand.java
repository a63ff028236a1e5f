package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.catalog.BundledCatalogProvider;
import ai.cromus.core.Cromus;
import ai.cromus.core.catalog.CatalogProvider;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.report.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cromus} command. Exit codes: 0 pass or warn, 1 fail (errors or a failed verdict), 2
 * usage error or unreadable input.
 *
 * <p>The subcommands are registered by {@link #commandLine}, only those the arguments can reach:
 * picocli builds the model of a command by reflection on its class, which costs more than a {@code
 * --version} does. For the same reason the version, the help and {@code validate PATH...} are
 * answered without picocli when the command line holds nothing for it to parse.
 */
@Command(
    name = "cromus",
    mixinStandardHelpOptions = true,
    versionProvider = CromusCommand.Version.class,
    description = "Pre-execution governance of AI agent workflows: score, simulate, gate, export.")
@API(status = INTERNAL, since = "0.1")
public final class CromusCommand implements Runnable {
  /** Exit code of a passing or warning run. */
  public static final int OK = 0;

  /** Exit code of a failed verdict or invalid input. */
  public static final int FAILED = 1;

  /** Exit code of a usage error or unreadable input. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public CromusCommand() {}

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
    return execute(out, err, false, args);
  }

  /**
   * {@link #execute(PrintWriter, PrintWriter, String...)}; with {@code all}, the reference way:
   * picocli answers every command line, with every subcommand registered.
   */
  static int execute(PrintWriter out, PrintWriter err, boolean all, String... args) {
    PrintWriter safeOut = TerminalText.guard(out);
    PrintWriter safeErr = TerminalText.guard(err);
    if (!all && answered(safeOut, args)) {
      safeOut.flush();
      return OK;
    }
    ValidateCommand validate = null;
    CompileCommand compile = null;
    if (!all && !picocliProperties()) {
      validate = ValidateCommand.plain(args);
      compile = validate == null ? CompileCommand.plain(args) : null;
    }
    if (validate != null || compile != null) {
      // what picocli would run, and would do with an exception (the handler below)
      try {
        return validate != null ? validate.run(safeOut, safeErr) : compile.run(safeOut, safeErr);
      } catch (Exception e) {
        safeErr.println("cromus: internal error: " + e);
        return USAGE;
      } finally {
        safeOut.flush();
        safeErr.flush();
      }
    }
    if (!all && args.length > 1 && args[0].equals("compile")) {
      warmEngine();
    }
    CommandLine cl = commandLine(all, args);
    cl.setOut(safeOut);
    cl.setErr(safeErr);
    // no ANSI styles: the guard would show their escape characters instead of obeying them
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
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

  /**
   * The paths of {@code NAME PATH...} with nothing else, as picocli would convert them, or null for
   * any other command line: one holding an option (anything starting with {@code -}), an argument
   * file ({@code @FILE}), an empty or invalid path, or another subcommand.
   */
  static List<Path> plainPaths(String name, String... args) {
    if (args.length < 2 || !args[0].equals(name)) {
      return null;
    }
    List<Path> given = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
        return null;
      }
      try {
        given.add(Path.of(a));
      } catch (InvalidPathException e) {
        return null; // picocli says which argument is invalid
      }
    }
    return given;
  }

  /**
   * Starts making the default engine (reading the catalog, finding the exporters) on a second
   * thread, while picocli builds its model of {@code compile} and parses the options: both take
   * tens of milliseconds on a JVM that has just started. The engine is the same whichever thread
   * makes it ({@link Cromus#defaultEngine} is made once). Should making it fail (a defect of the
   * build, which checks the bundled catalog), the command meets the failure when it asks.
   */
  private static void warmEngine() {
    Thread t =
        new Thread(
            () -> {
              try {
                Cromus.defaultEngine();
              } catch (RuntimeException | LinkageError e) {
                // the command asks again and reports it
              }
            },
            "cromus-engine");
    t.setDaemon(true);
    t.start();
  }

  /** The text of {@code cromus --help}, as picocli prints it (UsageTextTest keeps them equal). */
  static final String USAGE_RESOURCE = "usage.txt";

  /**
   * Prints what picocli would for a command line that asks only for the version ({@code --version},
   * {@code -V}) or for the top-level help (no argument, {@code --help}, {@code -h}, {@code help}),
   * and returns true; false for any other command line. Picocli's first command line costs more
   * than these answers (about 80 ms of class initialization, annotation proxies and reflection on a
   * JVM that has just started); the answers are the same bytes (LazySubcommandsTest). Any {@code
   * picocli.*} system property, which may change what picocli prints, leaves the answer to picocli.
   */
  private static boolean answered(PrintWriter out, String... args) {
    String only = args.length == 0 ? "" : args.length == 1 ? args[0] : null;
    if (only == null || picocliProperties()) {
      return false;
    }
    String[] lines;
    switch (only) {
      case "--version", "-V" -> {
        lines = new Version().getVersion();
        // picocli formats version lines and renders @|style markup|@: leave such text to it
        for (String l : lines) {
          if (l.contains("%") || l.contains("@|")) {
            return false;
          }
        }
      }
      case "", "--help", "-h", "help" -> {
        try (InputStream in = CromusCommand.class.getResourceAsStream(USAGE_RESOURCE)) {
          if (in == null) {
            return false;
          }
          lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
          return false;
        }
      }
      default -> {
        return false;
      }
    }
    for (String l : lines) {
      out.println(l);
    }
    return true;
  }

  /** Whether a {@code picocli.*} system property is set, which may change what picocli prints. */
  private static boolean picocliProperties() {
    for (Object key : System.getProperties().keySet()) {
      if (key instanceof String string && string.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }

  /** The subcommands in the order {@code --help} lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("compile", "models", "export", "diff", "validate", "help");

  /**
   * The command line for {@code args}: with every subcommand when {@code all} is true, else with
   * those {@code args} can reach, which behaves the same. {@code cromus NAME ...} reaches only
   * subcommand {@code NAME} (picocli never looks at a sibling once a subcommand is chosen), a lone
   * {@code --version} or {@code -V} none; anything else (help, usage errors, the help subcommand)
   * gets them all.
   */
  static CommandLine commandLine(boolean all, String... args) {
    CommandLine cl = new CommandLine(new CromusCommand());
    String first = args.length == 0 ? "" : args[0];
    if (!all && (first.equals("--version") || first.equals("-V")) && args.length == 1) {
      return cl;
    }
    for (String name : SUBCOMMANDS) {
      if (all || !SUBCOMMANDS.contains(first) || first.equals("help") || first.equals(name)) {
        cl.addSubcommand(subcommand(name));
      }
    }
    return cl;
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "compile" -> new CompileCommand();
      case "models" -> new ModelsCommand();
      case "export" -> new ExportCommand();
      case "diff" -> new DiffCommand();
      case "validate" -> new ValidateCommand();
      default -> new CommandLine.HelpCommand();
    };
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
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

  /**
   * Prints the library version and the version of the catalog {@link Cromus#defaultEngine()} uses:
   * the first {@link CatalogProvider} on the class path. When that is the bundled catalog, its
   * version and date are read from the head of its file, not by loading the catalog.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      // the provider Cromus.defaultEngine() would use: the first one the ServiceLoader finds
      Iterator<CatalogProvider> providers =
          ServiceLoader.load(CatalogProvider.class, Cromus.class.getClassLoader()).iterator();
      String catalog;
      if (!providers.hasNext()) {
        catalog = "no catalog on the class path";
      } else {
        CatalogProvider first = providers.next();
        if (first instanceof BundledCatalogProvider) {
          catalog = catalog(BundledCatalog.version(), BundledCatalog.asOf());
        } else {
          ModelCatalog c = first.catalog();
          catalog = catalog(c.version(), c.asOf());
        }
      }
      return new String[] {"cromus " + Cromus.version(), catalog};
    }

    private static String catalog(String version, LocalDate asOf) {
      return "catalog " + version + " (as of " + asOf + ")";
    }
  }
}
