package ai.cromus.maven;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.CliReports;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.export.BundleWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apiguardian.api.API;

/**
 * {@code cromus:check}: compiles the configured SOPs (and structured workflows) with the bundled
 * catalog under an optional scope, prints the same report as {@code cromus compile}, writes it to a
 * file, and fails the build when a verdict reaches {@code failOn}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>ai.cromus</groupId>
 *   <artifactId>cromus-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>  <!-- ./mvnw install first: not released yet -->
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 *   <configuration>
 *     <sops><sop>src/main/sops</sop></sops>
 *     <scope>cromus.scope.yaml</scope>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
@API(status = INTERNAL, since = "0.1")
public final class CheckMojo extends AbstractMojo {
  /** File extensions read from a directory: SOPs and SKILL.md, JSON and YAML workflows. */
  static final List<String> EXTENSIONS = List.of(".md", ".json", ".yaml", ".yml");

  /** When the build fails. */
  enum FailOn {
    /** On any FAIL verdict or an error in the scope (the default). */
    FAIL,
    /** On any FAIL or WARN verdict. */
    WARN,
    /** Never: report only. */
    NEVER
  }

  /** Report formats. */
  enum Format {
    /** The text report of {@code cromus compile}. */
    TEXT,
    /** SARIF 2.1.0, for code-scanning upload. */
    SARIF
  }

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /**
   * SOP files and directories, relative to the project directory; a directory contributes every
   * {@code .md}, {@code .json}, {@code .yaml} and {@code .yml} file below it. Default: {@code
   * src/main/sops}.
   */
  @Parameter(property = "cromus.sops")
  List<String> sops = new ArrayList<>();

  /** The workspace scope file (YAML or JSON); none means {@code Scope.defaults()}. */
  @Parameter(property = "cromus.scope")
  String scope;

  /** {@code FAIL} (default), {@code WARN} or {@code NEVER}. */
  @Parameter(property = "cromus.failOn", defaultValue = "FAIL")
  String failOn = "FAIL";

  /** Report format: {@code text} (default) or {@code sarif}. */
  @Parameter(property = "cromus.format", defaultValue = "text")
  String format = "text";

  /** The report file; default {@code target/cromus/cromus-check.txt} (or {@code .sarif}). */
  @Parameter(property = "cromus.report")
  String report;

  /** Show info diagnostics in the text report. */
  @Parameter(property = "cromus.verbose", defaultValue = "false")
  boolean verbose;

  /** Skips the check. */
  @Parameter(property = "cromus.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("cromus:check skipped");
      return;
    }
    FailOn failLevel = parse(FailOn.class, failOn, "failOn");
    Format reportFormat = parse(Format.class, format, "format");
    Cromus engine = Cromus.defaultEngine();
    if (engine.catalog().isEmpty()) {
      getLog()
          .warn(
              "No model catalog on the plugin class path: costs, budgets and Croms are not checked");
    }

    List<Path> files = files();
    if (files.isEmpty()) {
      throw new MojoExecutionException(
          "cromus:check found no workflow files in "
              + String.join(", ", configuredSops())
              + " (looked for "
              + String.join(", ", EXTENSIONS)
              + ")");
    }

    Parsed<Scope> s = Parsed.of(Scope.defaults(), List.of());
    String scopeName = null;
    if (scope != null && !scope.isBlank()) {
      Path scopeFile = resolve(scope);
      scopeName = relative(scopeFile);
      String text = read(scopeFile, engine);
      String name = scopeName;
      // checked against the catalog; its diagnostics land in every result and count in its verdict
      s =
          engine
              .catalog()
              .map(c -> ScopeReader.read(name, text, c))
              .orElseGet(() -> ScopeReader.read(name, text));
    }

    Map<String, CompileResult> results = new LinkedHashMap<>();
    for (Path f : files) {
      String name = relative(f);
      results.put(name, engine.compileSource(WorkflowSource.of(name, read(f, engine)), s));
    }

    String text = textReport(results, scopeName);
    String written = reportFormat == Format.SARIF ? sarif(results) : text;
    Path reportFile =
        report != null && !report.isBlank()
            ? resolve(report)
            : buildDirectory
                .toPath()
                .resolve("cromus")
                .resolve("cromus-check." + (reportFormat == Format.SARIF ? "sarif" : "txt"));
    write(reportFile, written);

    // one line per workflow that does not fail the build, the whole report of each that does
    List<String> failing = failing(results, failLevel);
    log(results, failLevel, scopeName, reportFile);
    if (!failing.isEmpty()) {
      // the failing reports are in the log above and in the report file: not repeated here
      throw new MojoFailureException(
          "cromus:check failed (failOn "
              + failLevel.name()
              + "): "
              + String.join("; ", failing)
              + ". The report is in the log above and in "
              + reportFile);
    }
  }

  /** Logs each workflow (its whole report when it fails the build) and the counts per verdict. */
  private void log(
      Map<String, CompileResult> results, FailOn failLevel, String scopeName, Path reportFile) {
    Map<VerdictStatus, Integer> counts = new LinkedHashMap<>();
    for (VerdictStatus v : VerdictStatus.values()) {
      counts.put(v, 0);
    }
    for (Map.Entry<String, CompileResult> e : results.entrySet()) {
      CompileResult r = e.getValue();
      counts.merge(r.verdict().status(), 1, Integer::sum);
      if (fails(r, failLevel)) {
        for (String line :
            CliReports.text(e.getKey(), r, verbose, Optional.ofNullable(scopeName)).split("\n")) {
          getLog().error(line);
        }
      } else {
        String line = oneLine(e.getKey(), r);
        if (r.verdict().status() == VerdictStatus.PASS) {
          getLog().info(line);
        } else {
          getLog().warn(line);
        }
      }
    }
    getLog()
        .info(
            "cromus:check  "
                + results.size()
                + (results.size() == 1 ? " workflow: " : " workflows: ")
                + counts.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name())
                    .collect(Collectors.joining(", "))
                + "; report written to "
                + reportFile);
  }

  /** True when this result fails the build at this level. */
  static boolean fails(CompileResult r, FailOn level) {
    VerdictStatus v = r.verdict().status();
    return level != FailOn.NEVER
        && (v == VerdictStatus.FAIL || (level == FailOn.WARN && v == VerdictStatus.WARN));
  }

  /** The one log line of a workflow that does not fail the build. */
  static String oneLine(String name, CompileResult r) {
    StringBuilder sb =
        new StringBuilder("cromus:check  ")
            .append(r.verdict().status().name())
            .append("  ")
            .append(name)
            .append("  score ")
            .append(r.structuralScore().overall());
    r.simulation()
        .ifPresent(
            s ->
                sb.append(", declared plan ")
                    .append(s.declared().perRun().display())
                    .append(" a run"));
    r.croms().ifPresent(c -> sb.append(", Croms ").append(c.total().toPlainString()));
    if (!r.verdict().reasons().isEmpty()) {
      sb.append(": ").append(String.join("; ", r.verdict().reasons()));
    }
    return TerminalText.visible(sb.toString());
  }

  /**
   * What fails the build at this level: the files whose verdict reaches it (an error in the scope
   * fails every one).
   */
  static List<String> failing(Map<String, CompileResult> results, FailOn level) {
    List<String> failing = new ArrayList<>();
    results.forEach(
        (name, r) -> {
          if (fails(r, level)) {
            failing.add(name + " is " + r.verdict().status().name());
          }
        });
    return failing;
  }

  private String textReport(Map<String, CompileResult> results, String scopeName) {
    StringBuilder sb = new StringBuilder();
    Map<VerdictStatus, Integer> counts = new LinkedHashMap<>();
    for (VerdictStatus v : VerdictStatus.values()) {
      counts.put(v, 0);
    }
    results.forEach(
        (name, r) -> {
          sb.append(CliReports.text(name, r, verbose, Optional.ofNullable(scopeName))).append('\n');
          counts.merge(r.verdict().status(), 1, Integer::sum);
        });
    sb.append("cromus:check  ")
        .append(results.size())
        .append(results.size() == 1 ? " workflow: " : " workflows: ")
        .append(
            counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name())
                .collect(Collectors.joining(", ")))
        .append('\n');
    return sb.toString();
  }

  private static String sarif(Map<String, CompileResult> results) {
    // one SARIF file entry per workflow, then per other source a diagnostic points into (the
    // scope); the scope's diagnostics, present in every result, are reported once
    return SarifWriter.compile(results);
  }

  private List<String> configuredSops() {
    return sops == null || sops.isEmpty() ? List.of("src/main/sops") : sops;
  }

  /**
   * Every workflow file, each once, files in the order given, directories expanded in path order.
   */
  List<Path> files() throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    for (String entry : configuredSops()) {
      Path p = resolve(entry);
      if (Files.isRegularFile(p)) {
        files.add(p.normalize());
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          TreeSet<String> found =
              walk.filter(Files::isRegularFile)
                  .filter(CheckMojo::isWorkflowFile)
                  .map(x -> x.normalize().toString())
                  .collect(Collectors.toCollection(TreeSet::new));
          found.forEach(x -> files.add(Path.of(x)));
        } catch (IOException e) {
          throw new MojoExecutionException(
              "cromus:check could not list " + p + ": " + e.getMessage(), e);
        }
      } else {
        throw new MojoExecutionException(
            "cromus:check: no such file or directory: "
                + p
                + " (configure <sops> with files or directories relative to "
                + basedir
                + ")");
      }
    }
    return files.stream().distinct().collect(Collectors.toList());
  }

  private static boolean isWorkflowFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(n::endsWith);
  }

  private Path resolve(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : basedir.toPath().resolve(p);
  }

  /**
   * The name diagnostics, reports and artifacts use: the path relative to the project, with {@code
   * /}; a file outside the project goes by its file name, so no machine path is written.
   */
  private String relative(Path p) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) ? base.relativize(abs) : abs.getFileName();
    return shown.toString().replace('\\', '/');
  }

  private static String read(Path file, Cromus engine) throws MojoExecutionException {
    try {
      return CliReports.readInput(file, engine.limits().maxInputChars() * 4L);
    } catch (IOException e) {
      throw new MojoExecutionException("cromus:check: " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String text) throws MojoExecutionException {
    try {
      // never through a symbolic link: a link at the report's path is refused, not followed
      BundleWriter.writeFile(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MojoExecutionException(
          "cromus:check could not write the report " + file + ": " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name)
      throws MojoExecutionException {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v)) {
        return e;
      }
    }
    throw new MojoExecutionException(
        "cromus:check: "
            + name
            + " must be one of "
            + Stream.of(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ", not '"
            + value
            + "'");
  }
}
