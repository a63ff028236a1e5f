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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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
  /** Created by picocli. */
  public ValidateCommand() {}

  /** Output formats. */
  enum Format {
    text,
    json,
    sarif
  }

  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "node_modules", "target", "build", ".idea", ".gradle");
  static final long MAX_BYTES = 16L * 1024 * 1024 * 4;

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
      listing.files.add(new FoundSpecFile(policy, name(policy), SpecType.POLICY));
    }
    FolderValidation v = new FolderValidation(listing.files, validator);
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

  /**
   * The files the paths name, in order, and the reports of folders without any (judged as skill
   * folders, like the reference validator). Listing stops at the first path that cannot be listed.
   */
  private static final class Listing {
    final List<FoundSpecFile> files = new ArrayList<>();
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
        files.add(new FoundSpecFile(p, name(p), t.get()));
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
        files.add(new FoundSpecFile(f, name(f), t));
      }
      return true;
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
