package ai.cromus.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.VerdictRule;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.workflow.Step;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Writes SARIF 2.1.0 logs for code-scanning tools (GitHub code scanning, IDE viewers): one run
 * whose tool driver is {@code cromus} with every rule of the {@link RuleCatalog} (id, short and
 * full description, help, default level), one artifact per file, and one result per diagnostic with
 * its rule, level, message and start line and column.
 *
 * <p>{@link #compile(Map)} reports compile results: every diagnostic, including the broken limits
 * that fail a verdict ({@code BUDGET-EXCEEDED} at the line that declares the budget, {@code
 * THRESHOLD-CROMS-MAX} in the scope file), every Croms finding under its kind ({@code CROMS-*}) at
 * its first step, and every risk finding under its rule ({@code RISK-*}) at its step. {@link
 * #specs(List)} reports {@code cromus validate}; {@link #write(String, List)} writes any files and
 * diagnostics.
 *
 * <pre>{@code
 * CompileResult r = Cromus.compile(WorkflowSource.sop("sops/refund.md", text), scope);
 * Files.writeString(Path.of("cromus.sarif"), SarifWriter.compile(Map.of("sops/refund.md", r)));
 * }</pre>
 *
 * <p>Output is deterministic: fields in a fixed order, files and diagnostics in the order given,
 * {@code \n} line ends, no time stamps. Thread-safe; no I/O.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SarifWriter {
  /** The schema URI written into {@code $schema}: the OASIS 2.1.0 schema with errata 01. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where the rule catalogue and the tool are documented. */
  public static final String INFORMATION_URI = "https://github.com/cromus-ai/cromus-java";

  /** The rule catalogue (docs/rules.md of the repository): each rule's meaning and fix. */
  static final String RULES_URI = INFORMATION_URI + "/blob/main/docs/rules.md";

  // Jackson's numberNode(BigDecimal) keeps the given scale (the old 'exact' switch is gone)
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SarifWriter() {}

  /**
   * The SARIF log of compile results, keyed by the path each workflow was read from (the order of
   * the map is the order of the log): each workflow's diagnostics and Croms findings, and the
   * diagnostics of the files they point into (a scope file, reported once).
   */
  public static String compile(Map<String, CompileResult> results) {
    Objects.requireNonNull(results, "results must not be null");
    List<Diagnostic> all = new ArrayList<>();
    results.values().forEach(r -> all.addAll(results(r)));
    return write(Cromus.version(), SarifFile.bySource(List.copyOf(results.keySet()), all));
  }

  /** The SARIF log of one compile result, read from {@code path}. */
  public static String compile(String path, CompileResult result) {
    Map<String, CompileResult> one = new LinkedHashMap<>();
    one.put(Objects.requireNonNull(path, "path must not be null"), result);
    return compile(one);
  }

  /**
   * The SARIF log of {@code cromus validate}: every spec file, and each file a diagnostic names.
   */
  public static String specs(List<SpecReport> reports) {
    Objects.requireNonNull(reports, "reports must not be null");
    List<String> paths = new ArrayList<>();
    List<Diagnostic> all = new ArrayList<>();
    for (SpecReport r : reports) {
      paths.add(r.path());
      all.addAll(r.diagnostics());
    }
    return write(Cromus.version(), SarifFile.bySource(paths, all));
  }

  /**
   * What a compile result reports in SARIF: its diagnostics, its risk findings ({@link #risks}),
   * then each Croms finding as a diagnostic under its kind ({@link
   * ai.cromus.core.croms.CromsRule}), located at its first step (the start of the workflow for a
   * finding about the whole workflow), with what the fix saves in the message and the fix as the
   * hint. A finding is a warning, and an error when the Croms score breaks the scope's {@code
   * croms_max} (then the findings are what fails the verdict).
   */
  public static List<Diagnostic> results(CompileResult r) {
    Objects.requireNonNull(r, "result must not be null");
    List<Diagnostic> out = new ArrayList<>(r.diagnostics());
    out.addAll(risks(r));
    if (r.croms().isEmpty()) {
      return out;
    }
    boolean failing =
        r.diagnostics().stream()
            .anyMatch(
                d ->
                    d.rule().equals(VerdictRule.THRESHOLD_CROMS_MAX.id())
                        && d.severity() == Severity.ERROR);
    String source = r.workflow().source();
    for (CromsFinding f : r.croms().get().findings()) {
      SourceLocation at = SourceLocation.start(source);
      for (String id : f.steps()) {
        Step s = r.workflow().step(id).orElse(null);
        if (s != null) {
          at = SourceLocation.of(source, s.position().line(), s.position().column());
          break;
        }
      }
      StringBuilder message = new StringBuilder(f.message());
      List<String> saves = new ArrayList<>();
      if (f.usdPerMonth().amount().signum() > 0) {
        saves.add(f.usdPerMonth().display(2) + " a month");
      }
      if (f.secondsPerRun().signum() > 0) {
        saves.add(f.secondsPerRun().stripTrailingZeros().toPlainString() + " s a run");
      }
      if (!saves.isEmpty()) {
        message.append(" The fix saves ").append(String.join(" and ", saves)).append('.');
      }
      out.add(
          Diagnostic.builder()
              .rule(f.kind())
              .severity(failing ? Severity.ERROR : Severity.WARNING)
              .source(at.source())
              .line(at.line())
              .column(at.column())
              .message(message.toString())
              .hint(f.fix())
              .build());
    }
    return out;
  }

  /**
   * The risk findings as diagnostics under their rules, at the step each is about (the start of the
   * workflow for one about the whole workflow): a note when low, a warning from medium, an error
   * when it is above the scope's {@code risk_max} (the finding is then what fails the verdict).
   * {@code RISK-DATA-RULE} findings are left out: they are error diagnostics already.
   */
  static List<Diagnostic> risks(CompileResult r) {
    List<Diagnostic> out = new ArrayList<>();
    String source = r.workflow().source();
    for (RiskFinding f : r.risk().findings()) {
      if (f.rule().equals(RiskRule.DATA_RULE.id())) {
        continue;
      }
      SourceLocation at =
          f.step()
              .flatMap(id -> r.workflow().step(id))
              .map(s -> SourceLocation.of(source, s.position().line(), s.position().column()))
              .orElse(SourceLocation.start(source));
      boolean above = r.risk().maximum().map(m -> f.level().isAbove(m)).orElse(false);
      Severity severity =
          above
              ? Severity.ERROR
              : f.level().isAbove(RiskLevel.LOW) ? Severity.WARNING : Severity.INFO;
      out.add(
          Diagnostic.builder()
              .rule(f.rule())
              .severity(severity)
              .source(at.source())
              .line(at.line())
              .column(at.column())
              .message("Risk " + f.level().id() + ": " + f.message())
              .hint(f.fix())
              .build());
    }
    return out;
  }

  /**
   * The SARIF log of {@code files}, pretty-printed.
   *
   * @param toolVersion the Cromus version, e.g. {@code Cromus.version()}
   * @param files the files checked, each with its diagnostics; a file without diagnostics is still
   *     listed as an artifact
   */
  public static String write(String toolVersion, List<SarifFile> files) {
    Objects.requireNonNull(toolVersion, "toolVersion must not be null");
    Objects.requireNonNull(files, "files must not be null");
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    // every catalogued rule, then any rule id a diagnostic names that the catalogue lacks
    Map<String, Integer> ruleIndex = new TreeMap<>();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cromus");
    driver.put("version", toolVersion);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (Rule r : RuleCatalog.all()) {
      ruleIndex.put(r.id(), rules.size());
      rules.add(rule(r.id(), r.summary(), r.severity()));
    }
    Set<String> unknown = new LinkedHashSet<>();
    for (SarifFile f : files) {
      for (Diagnostic d : f.diagnostics()) {
        if (!ruleIndex.containsKey(d.rule())) {
          unknown.add(d.rule());
        }
      }
    }
    for (String id : new TreeSet<>(unknown)) {
      ruleIndex.put(id, rules.size());
      rules.add(
          rule(
              id,
              "Rule " + id + " (not in the rule catalogue of this Cromus version).",
              Severity.WARNING));
    }

    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    int artifactIndex = 0;
    for (SarifFile f : files) {
      String uri = uri(f.path());
      artifacts.addObject().putObject("location").put("uri", uri);
      for (Diagnostic d : f.diagnostics()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", d.rule());
        result.put("ruleIndex", ruleIndex.get(d.rule()));
        result.put("level", level(d.severity()));
        String text = d.hint().map(h -> d.message() + " Hint: " + h).orElse(d.message());
        result.putObject("message").put("text", text);
        ObjectNode physical =
            result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri);
        artifact.put("index", artifactIndex);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", d.line());
        region.put("startColumn", d.column());
      }
      artifactIndex++;
    }
    run.put("columnKind", "utf16CodeUnits");
    return print(log);
  }

  /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }

  /**
   * A file path as a URI reference: {@code \} becomes {@code /}, characters outside the unreserved
   * set and {@code /} are percent-encoded as UTF-8, and an absolute path becomes a {@code file://}
   * URI. A relative path stays relative (GitHub resolves it against the repository root).
   */
  public static String uri(String path) {
    Objects.requireNonNull(path, "path must not be null");
    String p = path.replace('\\', '/');
    String prefix = "";
    if (p.startsWith("/")) {
      prefix = "file://";
    } else if (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':') {
      prefix = "file:///";
    }
    StringBuilder sb = new StringBuilder(prefix);
    for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean keep =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/'
              || (c == ':' && !prefix.isEmpty());
      if (keep) {
        sb.append((char) c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static ObjectNode rule(String id, String summary, Severity severity) {
    ObjectNode rule = NODES.objectNode();
    rule.put("id", id);
    rule.putObject("shortDescription").put("text", summary);
    rule.putObject("fullDescription")
        .put("text", summary + " Default severity: " + severity.id() + ".");
    String help =
        summary
            + " Reported as "
            + severity.id()
            + " by default. What it means and how to fix it: the rule catalogue, docs/rules.md.";
    ObjectNode h = rule.putObject("help");
    h.put("text", help);
    h.put("markdown", "**" + id + "**: " + help);
    rule.putObject("defaultConfiguration").put("level", level(severity));
    rule.put("helpUri", RULES_URI);
    return rule;
  }

  private static String print(ObjectNode log) {
    return CromusJson.write(log);
  }
}
