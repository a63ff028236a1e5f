package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.Json;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.spec.PathKind;
import ai.cromus.core.spec.PolicyFinding;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cromus validate PATH... [--type T] [--policy FILE] [--format text|json|sarif]}: checks
 * SKILL.md, cromus.yaml, ETHOS.md / ethos-*.md, MEMORY.md, AGENTS.md and cromus.policy.yml files,
 * given one by one or found in folders. Exit 0 when every file is valid, 1 when one is not, 2 when
 * a path cannot be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validate SKILL.md, ETHOS.md, MEMORY.md, AGENTS.md and cromus.policy.yml files"
            + " (files or folders).")
@API(status = INTERNAL, since = "0.1")
public final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "node_modules", "target", "build", ".idea", ".gradle");
  private static final long MAX_BYTES = 16L * 1024 * 1024 * 4;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(
      names = "--type",
      paramLabel = "T",
      description =
          "Read every file given as this type: skill, sidecar, ethos, memory, agents,"
              + " policy (default: from the file name).")
  String type;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "A cromus.policy.yml to check every SKILL.md against.")
  Path policy;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show info diagnostics too.")
  boolean verbose;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Files read and validated at once (default: the number of processors); the output"
              + " is the same for any N.")
  Integer jobs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code validate PATH...} with nothing else: a command line picocli would parse into these paths
   * and the defaults, or null for any other (an option, an argument file {@code @FILE}, an empty or
   * invalid path). {@link CromusCommand} runs it without picocli, whose model of the command costs
   * more than validating a skill folder does (LazySubcommandsTest compares both).
   */
  static ValidateCommand plain(String... args) {
    List<Path> given = CromusCommand.plainPaths("validate", args);
    if (given == null) {
      return null;
    }
    ValidateCommand c = new ValidateCommand();
    c.paths = given;
    c.format = Format.text;
    return c;
  }

  @Override
  public Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Validates every file the paths name, as {@link SpecValidator#validateAll(List)} of all of them
   * would, and prints the report. The files are read and validated a folder at a time under the
   * context of the whole set, on {@code --jobs} threads, so that a tree of thousands of skills
   * takes a fraction of the time and no more than a folder's texts are held at once per thread; the
   * reports keep the order of the files. The first file that cannot be read, in that order, ends
   * the command as it would have ended reading them one by one.
   */
  int run(PrintWriter out, PrintWriter err) {
    Optional<SpecType> forced = Optional.empty();
    if (type != null) {
      try {
        forced = Optional.of(SpecType.of(type));
      } catch (IllegalArgumentException e) {
        err.println(
            "cromus: --type "
                + type
                + " is not one of skill, sidecar, ethos, memory,"
                + " agents, policy");
        return CromusCommand.USAGE;
      }
    }
    if (jobs != null && jobs < 1) {
      err.println("cromus: --jobs " + jobs + " is not a positive number");
      return CromusCommand.USAGE;
    }
    SpecValidator validator = SpecValidator.create();
    Listing listing = new Listing();
    for (Path p : paths) {
      if (!listing.add(p, forced, validator)) {
        break;
      }
    }
    if (policy != null && listing.stop == null) {
      listing.files.add(new Found(policy, name(policy), SpecType.POLICY));
    }
    Validation v = new Validation(listing.files, validator);
    v.run(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs);
    InputFiles.Unreadable first = v.firstError().orElse(listing.stop);
    if (first != null) {
      err.println("cromus: " + first.getMessage());
      return CromusCommand.USAGE;
    }
    List<SpecReport> reports = new ArrayList<>(listing.early);
    reports.addAll(Arrays.asList(v.reports));
    out.print(render(reports));
    out.flush();
    return reports.stream().allMatch(SpecReport::valid) ? CromusCommand.OK : CromusCommand.FAILED;
  }

  /** A file to validate: where it is, the name it is reported under, its type. */
  private static final class Found {
    final Path file;
    final String name;
    final SpecType type;

    Found(Path file, String name, SpecType type) {
      this.file = file;
      this.name = name;
      this.type = type;
    }

    SpecFile read() throws InputFiles.Unreadable {
      return SpecFile.of(name, InputFiles.read(file, MAX_BYTES), type);
    }
  }

  /**
   * The files the paths name, in order, and the reports of folders without any (judged as skill
   * folders, like the reference validator). Listing stops at the first path that cannot be listed.
   */
  private static final class Listing {
    final List<Found> files = new ArrayList<>();
    final List<SpecReport> early = new ArrayList<>();
    InputFiles.Unreadable stop;

    /** Adds what {@code p} names; false (and {@link #stop} set) if it cannot be listed. */
    boolean add(Path p, Optional<SpecType> forced, SpecValidator validator) {
      if (!Files.exists(p)) {
        stop = new InputFiles.Unreadable(p + ": no such file or directory");
        return false;
      }
      if (Files.isRegularFile(p)) {
        Optional<SpecType> t = forced.or(() -> SpecType.fromPath(p.toString()));
        if (t.isEmpty()) {
          stop =
              new InputFiles.Unreadable(
                  p
                      + ": cannot tell the file type from its name; use"
                      + " --type skill|sidecar|ethos|memory|agents|policy");
          return false;
        }
        files.add(new Found(p, name(p), t.get()));
        return true;
      }
      if (!Files.isDirectory(p)) {
        // a device, a pipe or a socket: neither a spec file nor a skill folder
        stop = new InputFiles.Unreadable(p + ": " + InputFiles.notAFile(p));
        return false;
      }
      List<Path> found = new ArrayList<>();
      // the walk's own attributes, without a second stat per file; a link is followed, as
      // Files.isRegularFile does
      try (Stream<Path> s =
          Files.find(
              p,
              Integer.MAX_VALUE,
              (f, a) -> a.isRegularFile() || (a.isSymbolicLink() && Files.isRegularFile(f)))) {
        for (Path f : s.sorted().collect(Collectors.toList())) {
          if (skipped(p, f)) {
            continue;
          }
          if (forced.isPresent()
              ? f.getFileName().toString().endsWith(".md")
                  || f.getFileName().toString().endsWith(".yml")
                  || f.getFileName().toString().endsWith(".yaml")
              : SpecType.fromPath(f.toString()).isPresent()) {
            found.add(f);
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        stop = new InputFiles.Unreadable(p + ": " + e.getMessage());
        return false;
      }
      if (found.isEmpty()) {
        early.addAll(validator.validateSkillPath(name(p), PathKind.DIRECTORY, Map.of()));
        return true;
      }
      for (Path f : found) {
        SpecType t = forced.orElseGet(() -> SpecType.fromPath(f.toString()).orElseThrow());
        files.add(new Found(f, name(f), t));
      }
      return true;
    }
  }

  /**
   * The reports of the listed files. The ETHOS and policy files are read first: they make the
   * context every file is checked under. Then each folder's files (those whose names share the part
   * before the last {@code /}: all a file's report depends on besides the context) are read and
   * validated together, one folder after the other on each thread.
   */
  private static final class Validation {
    /** Fewer files than this are validated on the calling thread: a pool would cost more. */
    private static final int PARALLEL_FROM = 256;

    final List<Found> files;
    final SpecValidator validator;
    final SpecReport[] reports;
    final InputFiles.Unreadable[] errors;
    final SpecFile[] shared;

    Validation(List<Found> files, SpecValidator validator) {
      this.files = files;
      this.validator = validator;
      this.reports = new SpecReport[files.size()];
      this.errors = new InputFiles.Unreadable[files.size()];
      this.shared = new SpecFile[files.size()];
    }

    void run(int threads) {
      List<SpecFile> context = new ArrayList<>();
      Map<String, List<Integer>> folders = new LinkedHashMap<>();
      for (int i = 0; i < files.size(); i++) {
        Found f = files.get(i);
        if (f.type == SpecType.ETHOS || f.type == SpecType.POLICY) {
          try {
            shared[i] = f.read();
            context.add(shared[i]);
          } catch (InputFiles.Unreadable e) {
            errors[i] = e;
          }
        }
        folders.computeIfAbsent(folder(f.name), k -> new ArrayList<>()).add(i);
      }
      int k = firstErrorIndex();
      if (k >= 0) {
        // read one by one, the command would have stopped at an earlier file it cannot read
        for (int i = 0; i < k; i++) {
          try {
            if (shared[i] == null) {
              files.get(i).read();
            }
          } catch (InputFiles.Unreadable e) {
            errors[i] = e;
            return;
          }
        }
        return;
      }
      SpecValidator.Context c = validator.context(context);
      List<List<Integer>> groups = new ArrayList<>(folders.values());
      if (threads == 1 || files.size() < PARALLEL_FROM) {
        for (List<Integer> g : groups) {
          validate(g, c);
        }
        return;
      }
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "cromus-validate");
                t.setDaemon(true);
                return t;
              });
      try {
        // a few batches per thread, so that a slow folder does not leave the others idle
        int batch = Math.max(1, groups.size() / (threads * 8));
        List<Future<?>> done = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += batch) {
          List<List<Integer>> part = groups.subList(from, Math.min(groups.size(), from + batch));
          done.add(
              pool.submit(
                  () -> {
                    for (List<Integer> g : part) {
                      validate(g, c);
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IllegalStateException(cause);
      } finally {
        pool.shutdownNow();
      }
    }

    /** Reads and validates one folder's files; a file that cannot be read leaves them all. */
    private void validate(List<Integer> group, SpecValidator.Context c) {
      List<SpecFile> texts = new ArrayList<>(group.size());
      for (int i : group) {
        if (shared[i] != null) {
          texts.add(shared[i]);
          continue;
        }
        try {
          texts.add(files.get(i).read());
        } catch (InputFiles.Unreadable e) {
          errors[i] = e;
          return;
        }
      }
      List<SpecReport> r = validator.validateAll(texts, c);
      for (int k = 0; k < group.size(); k++) {
        reports[group.get(k)] = r.get(k);
      }
    }

    /** The first file, in order, that could not be read. */
    Optional<InputFiles.Unreadable> firstError() {
      int i = firstErrorIndex();
      return i < 0 ? Optional.empty() : Optional.of(errors[i]);
    }

    private int firstErrorIndex() {
      for (int i = 0; i < errors.length; i++) {
        if (errors[i] != null) {
          return i;
        }
      }
      return -1;
    }

    /** The folder part of a logical name, as {@link SpecValidator} groups files. */
    private static String folder(String name) {
      String p = name.replace('\\', '/');
      int i = p.lastIndexOf('/');
      return i < 0 ? "" : p.substring(0, i);
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

  /** The logical path: as given, with its parent folder's name when it has none. */
  static String name(Path p) {
    String s = p.normalize().toString().replace('\\', '/');
    if (p.getParent() == null || s.indexOf('/') < 0) {
      Path parent = p.toAbsolutePath().normalize().getParent();
      if (parent != null && parent.getFileName() != null) {
        return parent.getFileName() + "/" + s;
      }
    }
    return s;
  }

  /** The reports in the {@code --format} asked for. */
  String render(List<SpecReport> reports) {
    return format == Format.json
        ? json(reports)
        : format == Format.sarif ? sarif(reports) : text(reports);
  }

  private String text(List<SpecReport> reports) {
    StringBuilder sb = new StringBuilder();
    int invalid = 0;
    for (SpecReport r : reports) {
      if (!r.valid()) {
        invalid++;
      }
      sb.append(r.valid() ? "PASS " : "FAIL ")
          .append(TerminalText.visible(r.path()))
          .append(" (")
          .append(r.type().id())
          .append(")  completeness ")
          .append(r.completeness())
          .append(", score ")
          .append(r.score())
          .append('\n');
      for (Diagnostic d : r.diagnostics()) {
        if (d.severity() == Severity.INFO && !verbose) {
          continue;
        }
        sb.append("  ")
            .append(TerminalText.visible(d.source()))
            .append(':')
            .append(d.line())
            .append(':')
            .append(d.column())
            .append(' ')
            .append(d.severity().id())
            .append(' ')
            .append(TerminalText.visible(d.rule()))
            .append(": ")
            .append(TerminalText.visible(d.message()))
            .append('\n');
        d.hint()
            .ifPresent(h -> sb.append("    hint: ").append(TerminalText.visible(h)).append('\n'));
      }
      r.policy()
          .ifPresent(
              p -> sb.append("  policy: ").append(TerminalText.visible(p.summary())).append('\n'));
    }
    sb.append(reports.size())
        .append(reports.size() == 1 ? " file, " : " files, ")
        .append(invalid)
        .append(" invalid; overall score ")
        .append(SpecReport.overallScore(reports))
        .append('\n');
    return sb.toString();
  }

  private String json(List<SpecReport> reports) {
    ObjectNode root = Json.object();
    ArrayNode files = root.putArray("files");
    for (SpecReport r : reports) {
      ObjectNode f = files.addObject();
      f.put("path", r.path());
      f.put("type", r.type().id());
      f.put("valid", r.valid());
      f.put("completeness", r.completeness());
      f.put("score", r.score());
      ArrayNode ds = f.putArray("diagnostics");
      for (Diagnostic d : r.diagnostics()) {
        if (d.severity() == Severity.INFO && !verbose) {
          continue;
        }
        ObjectNode o = ds.addObject();
        o.put("rule", d.rule());
        o.put("severity", d.severity().id());
        o.put("line", d.line());
        o.put("column", d.column());
        o.put("message", d.message());
        if (!d.source().equals(r.path())) {
          o.put("source", d.source());
        }
        d.hint().ifPresent(h -> o.put("hint", h));
      }
      r.policy()
          .ifPresent(
              p -> {
                ObjectNode po = f.putObject("policy");
                po.put("pass", p.pass());
                findings(po.putArray("violations"), p.violations());
                findings(po.putArray("warnings"), p.warnings());
                ArrayNode checked = po.putArray("checked");
                p.checked().forEach(checked::add);
                po.put("summary", p.summary());
              });
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", reports.size());
    summary.put("invalid", reports.stream().filter(r -> !r.valid()).count());
    summary.put("overallScore", SpecReport.overallScore(reports));
    return Json.write(root);
  }

  /** SARIF through the shared writer: one result list per file a diagnostic points into. */
  private static String sarif(List<SpecReport> reports) {
    return SarifWriter.specs(reports);
  }

  private static void findings(ArrayNode into, List<PolicyFinding> list) {
    for (PolicyFinding f : list) {
      ObjectNode o = into.addObject();
      o.put("rule", f.rule());
      o.put("message", f.message());
      f.expected().ifPresent(e -> o.put("expected", e));
      f.actual().ifPresent(a -> o.put("actual", a));
    }
  }
}
