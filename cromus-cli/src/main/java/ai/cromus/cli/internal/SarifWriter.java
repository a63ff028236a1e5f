package ai.cromus.cli.internal;

import ai.cromus.core.CromusJson;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.diagnostic.Severity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes diagnostics as a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, IDE
 * viewers): one run whose tool driver is {@code cromus} with every rule of the {@link RuleCatalog}
 * (id, short and full description, help, default level), one artifact per file, and one result per
 * diagnostic with its rule, level, message and start line and column.
 *
 * <p>Output is deterministic: fields in a fixed order, files and diagnostics in the order given,
 * {@code \n} line ends, no time stamps.
 */
public final class SarifWriter {
  /** The schema URI written into {@code $schema}: the OASIS 2.1.0 schema with errata 01. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where the rule catalogue and the tool are documented. */
  public static final String INFORMATION_URI = "https://github.com/cromus-ai/cromus-java";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private SarifWriter() {}

  /**
   * The SARIF log of {@code files}, pretty-printed.
   *
   * @param toolVersion the Cromus version, e.g. {@code Cromus.version()}
   * @param files the files checked, each with its diagnostics; a file without diagnostics is still
   *     listed as an artifact
   */
  public static String write(String toolVersion, List<SarifFileResult> files) {
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
    for (SarifFileResult f : files) {
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
    for (SarifFileResult f : files) {
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
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
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
            + " by default. See the rule catalogue in the Cromus README.";
    ObjectNode h = rule.putObject("help");
    h.put("text", help);
    h.put("markdown", "**" + id + "**: " + help);
    rule.putObject("defaultConfiguration").put("level", level(severity));
    rule.put("helpUri", INFORMATION_URI + "#rule-catalogue");
    return rule;
  }

  private static String print(ObjectNode log) {
    return CromusJson.write(log);
  }
}
