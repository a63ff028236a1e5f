package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.report.SarifFile;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code cromus compile} of several workflows in one call: files, folders and globs expanded to
 * files in a fixed order, compiled on several threads, printed in that order, one report per file
 * and a summary. The output is the same for any number of threads: each report depends on its file
 * and the scope only, and reports are printed in file order as they become ready (at most a few per
 * thread are held). A file that cannot be read gets an {@code INPUT-UNREADABLE} diagnostic in its
 * place, and the others are compiled.
 */
public final class CompileBatch {
  /** Folders a folder or glob is never searched in. */
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "node_modules", "target", "build", ".idea", ".gradle");

  private final Cromus engine;
  private final Parsed<Scope> scope;
  private final Optional<String> scopeName;
  private final String format;
  private final boolean verbose;

  /**
   * @param format {@code text}, {@code json} or {@code sarif}
   */
  public CompileBatch(
      Cromus engine,
      Parsed<Scope> scope,
      Optional<String> scopeName,
      String format,
      boolean verbose) {
    this.engine = engine;
    this.scope = scope;
    this.scopeName = scopeName;
    this.format = format;
    this.verbose = verbose;
  }

  /** Whether {@code arg} on its own asks for a batch: a folder, or a glob that is not a file. */
  public static boolean isBatch(Path arg) {
    return Files.isDirectory(arg) || (!Files.exists(arg) && isGlob(arg.toString()));
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  /**
   * The files the arguments name, in order, each once: a file as given (even one that does not
   * exist: it is reported as unreadable), a folder's workflow files (see {@link #isWorkflow}) and a
   * glob's matching files, each in path order, below no {@link #SKIPPED_DIRS skipped} folder.
   *
   * @throws InputFiles.Unreadable if a folder holds no workflow file or a glob matches no file
   */
  public static List<Path> expand(List<Path> args) throws InputFiles.Unreadable {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      List<Path> found;
      if (Files.isDirectory(a)) {
        found = walk(a, Integer.MAX_VALUE, f -> isWorkflow(f));
        if (found.isEmpty()) {
          throw new InputFiles.Unreadable(
              a + ": no workflow file in this folder (SOP Markdown or SKILL.md)");
        }
      } else if (!Files.exists(a) && isGlob(a.toString())) {
        found = glob(a);
        if (found.isEmpty()) {
          throw new InputFiles.Unreadable(a + ": no file matches this pattern");
        }
      } else {
        found = List.of(a);
      }
      for (Path f : found) {
        if (seen.add(f.toAbsolutePath().normalize())) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * Whether a file found in a folder is a workflow: a Markdown file ({@code .md}) that is neither
   * one of the spec files {@code cromus validate} reads besides SKILL.md (ETHOS, MEMORY, AGENTS)
   * nor a README. Structured workflows (JSON, YAML) are named one by one or with a glob.
   */
  static boolean isWorkflow(Path f) {
    String name = f.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".md")
        || name.toLowerCase(Locale.ROOT).equals("readme.md")) {
      return false;
    }
    Optional<SpecType> t = SpecType.fromPath(f.toString());
    return t.isEmpty() || t.get() == SpecType.SKILL;
  }

  /** The regular files matching a glob, relative to the folder its pattern starts in. */
  private static List<Path> glob(Path pattern) throws InputFiles.Unreadable {
    String p = pattern.toString();
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
    Path base = pattern.isAbsolute() ? pattern.getRoot() : Path.of("");
    int depth = 0;
    boolean anyDepth = false;
    boolean inBase = true;
    for (Path part : pattern.isAbsolute() ? pattern.getRoot().relativize(pattern) : pattern) {
      String s = part.toString();
      if (inBase && !isGlob(s)) {
        base = base.resolve(s);
      } else {
        inBase = false;
        depth++;
        anyDepth |= s.contains("**");
      }
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    return walk(base, anyDepth ? Integer.MAX_VALUE : depth, matcher::matches);
  }

  private static List<Path> walk(Path root, int depth, Predicate<Path> keep)
      throws InputFiles.Unreadable {
    try (Stream<Path> s = Files.walk(root, depth)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !skipped(root, f))
          .filter(keep)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      throw new InputFiles.Unreadable(root + ": " + e.getMessage());
    }
  }

  private static boolean skipped(Path root, Path f) {
    Path rel = root.relativize(f);
    for (int i = 0; i < rel.getNameCount() - 1; i++) {
      if (SKIPPED_DIRS.contains(rel.getName(i).toString())) {
        return true;
      }
    }
    return false;
  }

  /** One file's outcome: its report (or what could not be read), ready to print. */
  private static final class Entry {
    final String name;
    final CompileResult result; // null: unreadable
    final Diagnostic unreadable;
    final String text; // the text report, for --format text

    Entry(String name, CompileResult result, Diagnostic unreadable, String text) {
      this.name = name;
      this.result = result;
      this.unreadable = unreadable;
      this.text = text;
    }
  }

  /**
   * Compiles the files on {@code threads} threads and prints the reports in file order, then the
   * summary; returns the exit code of the worst outcome: 2 if a file could not be read, 1 if a
   * verdict is FAIL, else 0.
   */
  public int run(List<Path> files, int threads, PrintWriter out) throws IOException {
    int[] counts = new int[VerdictStatus.values().length];
    int unreadable = 0;
    List<String> sarifPaths = new ArrayList<>();
    List<Diagnostic> sarifResults = new ArrayList<>();
    if (format.equals("json")) {
      out.write("{\n  \"files\" : [\n");
    }
    ExecutorService pool =
        threads == 1 || files.size() == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "cromus-compile");
                  t.setDaemon(true);
                  return t;
                });
    try {
      Deque<Future<Entry>> window = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < files.size(); i++) {
        Entry e;
        if (pool == null) {
          e = compile(files.get(i));
        } else {
          // a few files per thread in flight: enough to keep every thread busy
          while (next < files.size() && window.size() < threads * 4) {
            Path f = files.get(next++);
            window.add(pool.submit(() -> compile(f)));
          }
          e = Futures.join(window.poll());
        }
        if (e.result == null) {
          unreadable++;
        } else {
          counts[e.result.verdict().status().ordinal()]++;
        }
        print(e, i == 0, out, sarifPaths, sarifResults);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    ObjectNode summary = Json.object();
    summary.put("files", files.size());
    summary.put("pass", counts[VerdictStatus.PASS.ordinal()]);
    summary.put("warn", counts[VerdictStatus.WARN.ordinal()]);
    summary.put("fail", counts[VerdictStatus.FAIL.ordinal()]);
    summary.put("unreadable", unreadable);
    switch (format) {
      case "json" -> {
        out.write("\n  ],\n  \"summary\" : ");
        out.write(indent(Json.write(summary).stripTrailing(), "  ", false));
        out.write("\n}\n");
      }
      case "sarif" ->
          out.write(
              SarifWriter.write(Cromus.version(), SarifFile.bySource(sarifPaths, sarifResults)));
      default ->
          out.write(
              "\nSummary  "
                  + files.size()
                  + " files: "
                  + counts[VerdictStatus.PASS.ordinal()]
                  + " pass, "
                  + counts[VerdictStatus.WARN.ordinal()]
                  + " warn, "
                  + counts[VerdictStatus.FAIL.ordinal()]
                  + " fail, "
                  + unreadable
                  + " unreadable\n");
    }
    out.flush();
    return unreadable > 0 ? 2 : counts[VerdictStatus.FAIL.ordinal()] > 0 ? 1 : 0;
  }

  /** Reads and compiles one file (and renders its text report), on any thread. */
  private Entry compile(Path file) {
    String name = InputFiles.logicalName(file);
    long max = engine.limits().maxInputChars() * 4L;
    String text;
    try {
      text = InputFiles.read(file, max);
    } catch (InputFiles.Unreadable e) {
      String why = e.getMessage();
      String prefix = file + ": ";
      Diagnostic d =
          Diagnostic.builder()
              .rule(CoreRule.INPUT_UNREADABLE.id())
              .severity(CoreRule.INPUT_UNREADABLE.severity())
              .source(name)
              .line(1)
              .column(1)
              .message(why.startsWith(prefix) ? why.substring(prefix.length()) : why)
              .build();
      return new Entry(name, null, d, null);
    }
    CompileResult r = engine.compileSource(WorkflowSources.of(file, name, text, max), scope);
    return new Entry(
        name, r, null, format.equals("text") ? TextReport.of(name, r, verbose, scopeName) : null);
  }

  /** Prints one file's report in the batch's format; SARIF only collects until the end. */
  private void print(
      Entry e, boolean first, PrintWriter out, List<String> sarifPaths, List<Diagnostic> sarif)
      throws IOException {
    switch (format) {
      case "json" -> {
        if (!first) {
          out.write(",\n");
        }
        if (e.result == null) {
          ObjectNode o = Json.object();
          o.put("path", e.name);
          ObjectNode d = o.putArray("diagnostics").addObject();
          d.put("rule", e.unreadable.rule());
          d.put("severity", e.unreadable.severity().id());
          d.put("line", e.unreadable.line());
          d.put("column", e.unreadable.column());
          d.put("message", e.unreadable.message());
          out.write(indent(Json.write(o).stripTrailing(), "    ", true));
        } else {
          out.write(
              "    {\n      \"path\" : "
                  + Json.write(Json.object().textNode(e.name)).stripTrailing()
                  + ",\n      \"report\" : ");
          // streamed, as a single report is: a 20,000-step report is never one string
          CromusJson.write(e.result, new Indenting(out, "      "));
          out.write("\n    }");
        }
      }
      case "sarif" -> {
        sarifPaths.add(e.name);
        if (e.result == null) {
          sarif.add(e.unreadable);
        } else {
          sarif.addAll(SarifWriter.results(e.result));
        }
      }
      default -> {
        if (!first) {
          out.write("\n");
        }
        if (e.result == null) {
          Diagnostic d = e.unreadable;
          out.write(
              "File  "
                  + TerminalText.visible(e.name)
                  + ": not compiled\n  "
                  + TerminalText.visible(d.source())
                  + ":"
                  + d.line()
                  + ":"
                  + d.column()
                  + "  "
                  + d.severity().id()
                  + "  "
                  + d.rule()
                  + "  "
                  + TerminalText.visible(d.message())
                  + "\n");
        } else {
          out.write(e.text);
        }
      }
    }
  }

  /** {@code text} with {@code indent} before each line (the first too, when {@code all}). */
  private static String indent(String text, String indent, boolean all) {
    return (all ? indent : "") + text.replace("\n", "\n" + indent);
  }

  /**
   * Passes text through with {@code indent} after each line break, and holds back the last line
   * break (the end of a value nested one level deeper than it was written).
   */
  private static final class Indenting extends Writer {
    private final Writer out;
    private final String indent;
    private boolean pending;

    Indenting(Writer out, String indent) {
      this.out = out;
      this.indent = indent;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        if (pending) {
          out.write('\n');
          out.write(indent);
          pending = false;
        }
        if (buf[i] == '\n') {
          out.write(buf, start, i - start);
          pending = true;
          start = i + 1;
        }
      }
      out.write(buf, start, off + len - start);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // the target stays open: more of the batch follows
    }
  }
}
