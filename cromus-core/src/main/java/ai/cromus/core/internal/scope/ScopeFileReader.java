package ai.cromus.core.internal.scope;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.yaml.JsonReader;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.scope.BudgetBasis;
import ai.cromus.core.scope.ImmutableScope;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.workflow.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the workspace scope file (YAML or JSON), behind {@link ai.cromus.core.scope.ScopeReader}:
 * the document, its top-level keys and the shared value readers; {@link ScopeSections} reads the
 * sections and {@link DataRulesReader} the data rules. Always returns a scope: whatever cannot be
 * read is reported as a {@code SCOPE-*} diagnostic and left at its default.
 */
public final class ScopeFileReader {
  /** Top-level keys, in documentation order. */
  public static final List<String> KEYS =
      List.of(
          "workspace",
          "mode",
          "runs_per_day",
          "runs_per_month",
          "channels",
          "tiers",
          "gates",
          "budget",
          "budget_basis",
          "thresholds",
          "assumptions",
          "failure_rates",
          "data_rules");

  static final List<String> GATE_KEYS = List.of("allow", "deny", "require");
  static final List<String> BUDGET_KEYS = List.of("per_run_usd", "per_month_usd");
  static final List<String> THRESHOLD_KEYS = List.of("croms_max", "score_min", "risk_max");
  static final List<String> ASSUMPTION_KEYS =
      List.of(
          "review_hours_per_run",
          "hourly_rate_usd",
          "correction_cost_usd",
          "maintenance_usd_per_month",
          "monitoring_usd_per_month",
          "integration_usd_per_month");

  /** Keys that ask for run-time enforcement; always refused. */
  static final List<String> ENFORCE_KEYS =
      List.of(
          "scope",
          "enforce",
          "enforcement",
          "enforce_gates",
          "block",
          "intercept",
          "proxy",
          "runtime");

  static final long MAX_RUNS = 1_000_000_000_000L;

  /** Largest scope read, in characters. */
  private static final int MAX_CHARS = 1_000_000;

  /** Deepest nesting of a scope. */
  private static final int MAX_DEPTH = 32;

  /** Most values in a scope. */
  private static final int MAX_VALUES = 100_000;

  /**
   * Scopes are read within those bounds and 20 aliases; a key given twice warns and the last value
   * wins; content after the first document is a syntax error.
   */
  private static final YamlReader.Bounds BOUNDS =
      new YamlReader.Bounds(
          MAX_CHARS,
          MAX_DEPTH,
          MAX_VALUES,
          YamlReader.Bounds.MAX_ALIASES,
          YamlReader.Duplicates.LAST_WINS,
          true);

  private static final class Readers {
    // in a holder, so that the Jackson version check runs before Jackson is touched
    static final YamlReader YAML = new YamlReader(BOUNDS);
    static final JsonReader JSON = new JsonReader(BOUNDS);
  }

  /** Largest decimal read where the scope states no other bound (budgets, costs, hours). */
  static final BigDecimal MAX_DECIMAL = UserNumbers.MAX_USD;

  static final String WHY_NO_ENFORCE =
      "Cromus is a pre-execution advisor: it reads"
          + " workflows and recommends models, but never sits between an agent and a model, so it"
          + " cannot block or reroute calls at run time; enforce the scope in your gateway or agent"
          + " runtime and remove this key";

  private final String source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  final Map<String, SourceLocation> locations = new LinkedHashMap<>();
  private final ScopeSections sections = new ScopeSections(this);

  private ScopeFileReader(String source) {
    Requirements.check();
    this.source = source;
  }

  /** Reads a scope without checking names against a catalog. */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(yamlOrJson, "yamlOrJson must not be null");
    ScopeFileReader r = new ScopeFileReader(sourceName);
    Scope scope = r.parse(yamlOrJson);
    return Parsed.of(scope, r.diagnostics);
  }

  /**
   * Reads a scope and checks its names against the catalog ({@link ScopeCatalogCheck}), reporting
   * each unknown name with the nearest valid ones at its line.
   */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson, ModelCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(yamlOrJson, "yamlOrJson must not be null");
    ScopeFileReader r = new ScopeFileReader(sourceName);
    Scope scope = r.parse(yamlOrJson);
    List<Diagnostic> all = new ArrayList<>(r.diagnostics);
    SourceLocation start = SourceLocation.start(sourceName);
    all.addAll(
        ScopeCatalogCheck.check(scope, catalog, key -> r.locations.getOrDefault(key, start)));
    return Parsed.of(scope, all);
  }

  SourceLocation at(int line, int column) {
    return SourceLocation.of(source, Math.max(1, line), Math.max(1, column));
  }

  SourceLocation at(YamlNode n) {
    return at(n.line(), n.column());
  }

  void report(ScopeRule rule, SourceLocation at, String message, String hint) {
    diagnostics.add(
        hint == null ? Diagnostic.of(rule, at, message) : Diagnostic.of(rule, at, message, hint));
  }

  private Scope parse(String text) {
    ImmutableScope.Builder b = Scope.builder();
    Optional<YamlNode> root = root(text);
    if (root.isEmpty()) {
      return b.build();
    }
    boolean day = false;
    boolean month = false;
    for (YamlNode.Entry e : root.get().entries()) {
      String key = normalize(e.name());
      if (ENFORCE_KEYS.contains(key)) {
        refuse(e);
        continue;
      }
      entry(key, e, b);
      day |= key.equals("runs_per_day");
      month |= key.equals("runs_per_month");
    }
    if (day && month) {
      report(
          ScopeRule.RUNS_CONFLICT,
          keyAt(root.get(), "runs_per_month"),
          "Both runs_per_day and runs_per_month are given; runs_per_month is used.",
          null);
    }
    return b.build();
  }

  /**
   * The document's root mapping, or empty when there is none to read (unreadable text, an empty
   * document, or one that is not a mapping), with the reader's notes reported.
   */
  private Optional<YamlNode> root(String text) {
    String start = text.stripLeading();
    boolean json = start.startsWith("{") || start.startsWith("[");
    YamlReader.Document doc = json ? Readers.JSON.read(text) : Readers.YAML.read(text);
    if (doc.failure().isPresent()) {
      unreadable(doc.failure().get());
      return Optional.empty();
    }
    for (YamlReader.Note n : doc.notes()) {
      if (n.kind() == YamlReader.Note.Kind.DUPLICATE_KEY) {
        report(
            ScopeRule.DUPLICATE_KEY,
            at(n.line(), n.column()),
            "The key '" + n.text() + "' is given twice; the last value wins.",
            "Remove one of them.");
      } else if (n.kind() == YamlReader.Note.Kind.TAG && YamlReader.isCustomTag(n.text())) {
        report(
            ScopeRule.SYNTAX,
            at(n.line(), n.column()),
            "Custom YAML tag '" + n.text() + "' is not allowed; the value is read as plain data.",
            "Remove the tag.");
      }
    }
    if (doc.root().isEmpty() || doc.root().get().isNull()) {
      return Optional.empty();
    }
    YamlNode root = doc.root().get();
    if (!root.isMapping()) {
      report(
          ScopeRule.SYNTAX,
          at(root),
          "The scope is not a mapping of keys to values.",
          "Start the file with keys such as 'workspace:' or 'channels:'.");
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /** Refuses a top-level key that asks for run-time enforcement ({@code scope: advise} passes). */
  private void refuse(YamlNode.Entry e) {
    YamlNode v = e.value();
    if (normalize(e.name()).equals("scope")
        && v.isValue()
        && (v.text().equalsIgnoreCase("advise") || v.text().equalsIgnoreCase("advisory"))) {
      return;
    }
    report(
        ScopeRule.ENFORCE_REFUSED,
        at(e.key()),
        "'"
            + e.name()
            + ": "
            + (v.isValue() ? v.text() : "...")
            + "' asks Cromus to enforce the scope at run time; this is refused.",
        WHY_NO_ENFORCE + ".");
  }

  /** Reads one top-level entry into the builder. */
  private void entry(String key, YamlNode.Entry e, ImmutableScope.Builder b) {
    YamlNode v = e.value();
    switch (key) {
      case "workspace" -> scalar(v, e.name()).ifPresent(b::workspace);
      case "mode" -> scalar(v, e.name()).ifPresent(s -> sections.mode(s, v).ifPresent(b::mode));
      case "runs_per_day" -> sections.count(v, e.name(), MAX_RUNS).ifPresent(n -> b.runsPerDay(n));
      case "runs_per_month" ->
          sections.count(v, e.name(), MAX_RUNS).ifPresent(n -> b.runsPerMonth(n));
      case "channels" -> sections.channels(v, e.name(), b);
      case "tiers" -> sections.tiers(v, e.name(), b);
      case "gates" -> sections.gates(v, b);
      case "budget" -> sections.budget(v, b);
      case "budget_basis" ->
          scalar(v, e.name())
              .ifPresent(
                  s -> sections.enumValue(BudgetBasis.class, s, v).ifPresent(b::budgetBasis));
      case "thresholds" -> sections.thresholds(v, b);
      case "assumptions" -> sections.assumptions(v, b);
      case "failure_rates" -> sections.failureRates(v, b);
      case "data_rules" -> new DataRulesReader(this, sections).read(v, b);
      default ->
          report(
              ScopeRule.UNKNOWN_KEY,
              at(e.key()),
              "Unknown scope key '" + e.name() + "'; it is ignored.",
              suggest(key, KEYS));
    }
  }

  private void unreadable(YamlReader.Failure f) {

    String what =
        switch (f.kind()) {
          case TOO_LARGE -> "the scope is larger than " + MAX_CHARS + " characters";
          case TOO_MANY_NODES -> "the scope has more than " + MAX_VALUES + " values";
          case TOO_DEEP ->
              "the scope nests deeper than "
                  + MAX_DEPTH
                  + (f.message() == null ? "" : " (" + f.message() + ")");
          case MORE_THAN_ONE_DOCUMENT -> "more than one document";
          default -> f.message();
        };
    boolean limit = f.isLimit();
    report(
        limit ? ScopeRule.TOO_COMPLEX : ScopeRule.SYNTAX,
        at(f.line(), f.column()),
        "The scope cannot be read: " + what + ".",
        limit
            ? "Keep the scope small: no aliases, at most " + MAX_DEPTH + " levels."
            : "Check the YAML or JSON syntax at this position.");
  }

  private SourceLocation keyAt(YamlNode map, String key) {
    return at(map.keyNode(key));
  }

  static String normalize(String key) {
    StringBuilder sb = new StringBuilder();
    String k = key.trim();
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(k.charAt(i - 1))) {
        sb.append('_');
      }
      sb.append(c == '-' || c == ' ' ? '_' : Character.toLowerCase(c));
    }
    return sb.toString();
  }

  String suggest(String value, List<String> valid) {
    List<String> near = Similarity.nearest(value.toLowerCase(Locale.ROOT), valid, 3);
    return near.isEmpty()
        ? "Valid values: " + String.join(", ", valid) + "."
        : "Did you mean "
            + String.join(" or ", near)
            + "? Valid values: "
            + String.join(", ", valid)
            + ".";
  }

  static <E extends Enum<E>> List<String> ids(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(Enums.id(e));
    }
    return out;
  }

  Optional<String> scalar(YamlNode v, String key) {
    if (v.isValue()) {
      return Optional.of(v.text());
    }
    report(ScopeRule.VALUE, at(v), "'" + key + "' must be a single value; it is ignored.", null);
    return Optional.empty();
  }

  List<YamlNode> items(YamlNode v, String key) {
    if (v.isSequence()) {
      return v.items();
    }
    if (v.isNull()) {
      return List.of();
    }
    if (v.isScalar()) {
      return List.of(v);
    }
    report(ScopeRule.VALUE, at(v), "'" + key + "' must be a list; it is ignored.", null);
    return List.of();
  }

  void section(YamlNode v, String name, List<String> keys, SectionEntry each) {
    if (v.isNull()) {
      return;
    }
    if (!v.isMapping()) {
      report(
          ScopeRule.VALUE,
          at(v),
          "'" + name + "' must be a mapping; it is ignored.",
          "Valid keys: " + String.join(", ", keys) + ".");
      return;
    }
    for (YamlNode.Entry e : v.entries()) {
      String key = normalize(e.name());
      if (ENFORCE_KEYS.contains(key)) {
        report(
            ScopeRule.ENFORCE_REFUSED,
            at(e.key()),
            "'" + name + "." + e.name() + "' asks Cromus to enforce at run time; this is refused.",
            WHY_NO_ENFORCE + ".");
      } else if (keys.contains(key)) {
        each.accept(key, e.value());
      } else {
        report(
            ScopeRule.UNKNOWN_KEY,
            at(e.key()),
            "Unknown key '" + e.name() + "' in '" + name + "'; it is ignored.",
            suggest(key, keys));
      }
    }
  }

  interface SectionEntry {
    void accept(String key, YamlNode value);
  }
}
