package ai.cromus.cli;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
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
    SpecValidator validator = SpecValidator.create();
    List<SpecFile> files = new ArrayList<>();
    List<SpecReport> early = new ArrayList<>();
    try {
      for (Path p : paths) {
        collect(p, forced, files, early, validator);
      }
      if (policy != null) {
        files.add(SpecFile.of(name(policy), InputFiles.read(policy, MAX_BYTES), SpecType.POLICY));
      }
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return CromusCommand.USAGE;
    }
    List<SpecReport> reports = new ArrayList<>(early);
    reports.addAll(validator.validateAll(files));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == Format.json
            ? json(reports)
            : format == Format.sarif ? sarif(reports) : text(reports));
    out.flush();
    return reports.stream().allMatch(SpecReport::valid) ? CromusCommand.OK : CromusCommand.FAILED;
  }

  private void collect(
      Path p,
      Optional<SpecType> forced,
      List<SpecFile> files,
      List<SpecReport> early,
      SpecValidator validator)
      throws InputFiles.Unreadable {
    if (!Files.exists(p)) {
      throw new InputFiles.Unreadable(p + ": no such file or directory");
    }
    if (Files.isRegularFile(p)) {
      Optional<SpecType> t = forced.or(() -> SpecType.fromPath(p.toString()));
      if (t.isEmpty()) {
        throw new InputFiles.Unreadable(
            p
                + ": cannot tell the file type from its name; use"
                + " --type skill|sidecar|ethos|memory|agents|policy");
      }
      files.add(SpecFile.of(name(p), InputFiles.read(p, MAX_BYTES), t.get()));
      return;
    }
    if (!Files.isDirectory(p)) {
      // a device, a pipe or a socket: neither a spec file nor a skill folder
      throw new InputFiles.Unreadable(p + ": " + InputFiles.notAFile(p));
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
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
      throw new InputFiles.Unreadable(p + ": " + e.getMessage());
    }
    if (found.isEmpty()) {
      // a folder with no spec file: judged as a skill folder, like the reference validator
      early.addAll(validator.validateSkillPath(name(p), PathKind.DIRECTORY, Map.of()));
      return;
    }
    for (Path f : found) {
      SpecType t = forced.orElseGet(() -> SpecType.fromPath(f.toString()).orElseThrow());
      files.add(SpecFile.of(name(f), InputFiles.read(f, MAX_BYTES), t));
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
