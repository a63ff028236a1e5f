package ai.cromus.core.scope;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.yaml.JsonReader;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the workspace scope file (YAML or JSON) of the SOP format. Always returns a scope: whatever
 * cannot be read is reported as a {@code SCOPE-*} diagnostic and left at its default. Hostile input
 * is bounded (size, nesting, aliases, number of values); a request to enforce at run time is
 * refused.
 *
 * <pre>{@code
 * Parsed<Scope> p = ScopeReader.read("scopes/acme.yaml", text, catalog);
 * Scope scope = p.value();          // p.diagnostics() says what was ignored and why
 * }</pre>
 */
public final class ScopeReader {
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

  private static final List<String> GATE_KEYS = List.of("allow", "deny", "require");
  private static final List<String> BUDGET_KEYS = List.of("per_run_usd", "per_month_usd");
  private static final List<String> THRESHOLD_KEYS = List.of("croms_max", "score_min", "risk_max");
  private static final List<String> ASSUMPTION_KEYS =
      List.of(
          "review_hours_per_run",
          "hourly_rate_usd",
          "correction_cost_usd",
          "maintenance_usd_per_month",
          "monitoring_usd_per_month",
          "integration_usd_per_month");

  /** Keys that ask for run-time enforcement; always refused. */
  private static final List<String> ENFORCE_KEYS =
      List.of(
          "scope",
          "enforce",
          "enforcement",
          "enforce_gates",
          "block",
          "intercept",
          "proxy",
          "runtime");

  private static final long MAX_RUNS = 1_000_000_000_000L;

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
  private static final BigDecimal MAX_DECIMAL = UserNumbers.MAX_USD;

  private static final String WHY_NO_ENFORCE =
      "Cromus is a pre-execution advisor: it reads"
          + " workflows and recommends models, but never sits between an agent and a model, so it"
          + " cannot block or reroute calls at run time; enforce the scope in your gateway or agent"
          + " runtime and remove this key";

  private final String source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  final Map<String, SourceLocation> locations = new LinkedHashMap<>();

  private ScopeReader(String source) {
    Requirements.check();
    this.source = source;
  }

  /** Reads a scope without checking names against a catalog. */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(yamlOrJson, "yamlOrJson must not be null");
    ScopeReader r = new ScopeReader(sourceName);
    Scope scope = r.parse(yamlOrJson);
    return Parsed.of(scope, r.diagnostics);
  }

  /**
   * Reads a scope and checks its channels, models, vendors and regions against the catalog ({@link
   * ScopeCheck}), reporting each unknown name with the nearest valid ones at its line.
   */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson, ModelCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(yamlOrJson, "yamlOrJson must not be null");
    ScopeReader r = new ScopeReader(sourceName);
    Scope scope = r.parse(yamlOrJson);
    List<Diagnostic> all = new ArrayList<>(r.diagnostics);
    SourceLocation start = SourceLocation.start(sourceName);
    all.addAll(ScopeCheck.check(scope, catalog, key -> r.locations.getOrDefault(key, start)));
    return Parsed.of(scope, all);
  }

  private SourceLocation at(int line, int column) {
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
    String start = text.stripLeading();
    boolean json = start.startsWith("{") || start.startsWith("[");
    YamlReader.Document doc = json ? Readers.JSON.read(text) : Readers.YAML.read(text);
    if (doc.failure().isPresent()) {
      unreadable(doc.failure().get());
      return b.build();
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
      return b.build();
    }
    YamlNode root = doc.root().get();
    if (!root.isMapping()) {
      report(
          ScopeRule.SYNTAX,
          at(root),
          "The scope is not a mapping of keys to values.",
          "Start the file with keys such as 'workspace:' or 'channels:'.");
      return b.build();
    }
    boolean day = false;
    boolean month = false;
    for (YamlNode.Entry e : root.entries()) {
      String key = normalize(e.name());
      YamlNode v = e.value();
      SourceLocation keyAt = at(e.key());
      if (ENFORCE_KEYS.contains(key)) {
        if (key.equals("scope")
            && v.isValue()
            && (v.text().equalsIgnoreCase("advise") || v.text().equalsIgnoreCase("advisory"))) {
          continue;
        }
        report(
            ScopeRule.ENFORCE_REFUSED,
            keyAt,
            "'"
                + e.name()
                + ": "
                + (v.isValue() ? v.text() : "...")
                + "' asks Cromus to enforce the scope at run time; this is refused.",
            WHY_NO_ENFORCE + ".");
        continue;
      }
      switch (key) {
        case "workspace":
          scalar(v, e.name()).ifPresent(b::workspace);
          break;
        case "mode":
          scalar(v, e.name()).ifPresent(s -> mode(s, v).ifPresent(b::mode));
          break;
        case "runs_per_day":
          count(v, e.name(), MAX_RUNS).ifPresent(n -> b.runsPerDay(n));
          day = true;
          break;
        case "runs_per_month":
          count(v, e.name(), MAX_RUNS).ifPresent(n -> b.runsPerMonth(n));
          month = true;
          break;
        case "channels":
          for (YamlNode c : items(v, e.name())) {
            scalar(c, "channels")
                .ifPresent(
                    s -> {
                      String id = s.trim().toLowerCase(Locale.ROOT);
                      locations.putIfAbsent("channel:" + id, at(c));
                      b.addChannels(id);
                    });
          }
          break;
        case "tiers":
          for (YamlNode c : items(v, e.name())) {
            scalar(c, "tiers")
                .ifPresent(
                    s -> {
                      var t = Enums.find(EcosystemTier.class, s);
                      if (t.isPresent()) {
                        b.addTiers(t.get());
                      } else {
                        report(
                            ScopeRule.VALUE,
                            at(c),
                            "'" + s + "' is not an ecosystem tier; it is ignored.",
                            suggest(s, ids(EcosystemTier.class)));
                      }
                    });
          }
          break;
        case "gates":
          gates(v, b);
          break;
        case "budget":
          budget(v, b);
          break;
        case "budget_basis":
          scalar(v, e.name())
              .ifPresent(s -> enumValue(BudgetBasis.class, s, v).ifPresent(b::budgetBasis));
          break;
        case "thresholds":
          thresholds(v, b);
          break;
        case "assumptions":
          assumptions(v, b);
          break;
        case "failure_rates":
          failureRates(v, b);
          break;
        case "data_rules":
          new DataRulesReader(this).read(v, b);
          break;
        default:
          report(
              ScopeRule.UNKNOWN_KEY,
              keyAt,
              "Unknown scope key '" + e.name() + "'; it is ignored.",
              suggest(key, KEYS));
      }
    }
    if (day && month) {
      report(
          ScopeRule.RUNS_CONFLICT,
          keyAt(root, "runs_per_month"),
          "Both runs_per_day and runs_per_month are given; runs_per_month is used.",
          null);
    }
    return b.build();
  }

  /** Reports a scope that cannot be read, as a safety limit or as a syntax error. */
  private void unreadable(YamlReader.Failure f) {
    String what;
    switch (f.kind()) {
      case TOO_LARGE:
        what = "the scope is larger than " + MAX_CHARS + " characters";
        break;
      case TOO_MANY_NODES:
        what = "the scope has more than " + MAX_VALUES + " values";
        break;
      case TOO_DEEP:
        what =
            "the scope nests deeper than "
                + MAX_DEPTH
                + (f.message() == null ? "" : " (" + f.message() + ")");
        break;
      case MORE_THAN_ONE_DOCUMENT:
        what = "more than one document";
        break;
      default:
        what = f.message();
    }
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

  java.util.Optional<String> scalar(YamlNode v, String key) {
    if (v.isValue()) {
      return java.util.Optional.of(v.text());
    }
    report(ScopeRule.VALUE, at(v), "'" + key + "' must be a single value; it is ignored.", null);
    return java.util.Optional.empty();
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

  private java.util.Optional<CostMode> mode(String s, YamlNode v) {
    if (s.trim().toLowerCase(Locale.ROOT).startsWith("enforc")) {
      report(
          ScopeRule.ENFORCE_REFUSED,
          at(v),
          "'mode: " + s + "' asks Cromus to enforce the scope at run time; this is refused.",
          WHY_NO_ENFORCE + ".");
      return java.util.Optional.empty();
    }
    var m = Enums.find(CostMode.class, s);
    if (m.isEmpty()) {
      report(
          ScopeRule.VALUE,
          at(v),
          "'" + s + "' is not a cost-quality mode; it is ignored.",
          suggest(s, ids(CostMode.class)));
    }
    return m;
  }

  private <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, String s, YamlNode v) {
    var m = Enums.find(type, s);
    if (m.isEmpty()) {
      report(
          ScopeRule.VALUE,
          at(v),
          "'" + s + "' is not one of " + ids(type) + "; it is ignored.",
          suggest(s, ids(type)));
    }
    return m;
  }

  private java.util.OptionalLong count(YamlNode v, String key, long max) {
    UserNumbers.Read n = v.isValue() ? UserNumbers.whole(v.text(), max) : null;
    if (n != null && n.ok()) {
      return java.util.OptionalLong.of(n.value().get().longValueExact());
    }
    report(
        ScopeRule.VALUE,
        at(v),
        "'"
            + key
            + "' must be a whole number from 0 to "
            + String.format(Locale.ROOT, "%,d", max)
            + (n == null ? "" : "; " + v.describe() + " " + n.problem())
            + "; it is ignored.",
        null);
    return java.util.OptionalLong.empty();
  }

  /**
   * A decimal from {@code min} to {@code maxExclusive} (excluded), or to {@link #MAX_DECIMAL}
   * (included) when that is null, with at most {@link UserNumbers#MAX_DECIMALS} decimal places; a
   * {@code $} may lead.
   */
  private java.util.Optional<BigDecimal> decimal(
      YamlNode v, String key, BigDecimal min, BigDecimal maxExclusive) {
    UserNumbers.Read n = null;
    if (v.isValue()) {
      String t = v.text().strip();
      if (t.startsWith("$")) {
        t = t.substring(1);
      }
      n =
          UserNumbers.decimal(
              t, min, maxExclusive == null ? MAX_DECIMAL : maxExclusive, UserNumbers.MAX_DECIMALS);
      if (n.ok() && maxExclusive != null && n.value().get().compareTo(maxExclusive) == 0) {
        n = null;
      }
    }
    if (n != null && n.ok()) {
      return n.value();
    }
    report(
        ScopeRule.VALUE,
        at(v),
        "'"
            + key
            + "' must be a decimal number of at least "
            + min.toPlainString()
            + (maxExclusive == null
                ? " and at most " + String.format(Locale.ROOT, "%,d", MAX_DECIMAL.longValue())
                : " and below " + maxExclusive.toPlainString())
            + ", with at most "
            + UserNumbers.MAX_DECIMALS
            + " decimal places"
            + (n == null || !v.isValue() ? "" : "; " + v.describe() + " " + n.problem())
            + "; it is ignored.",
        null);
    return java.util.Optional.empty();
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

  private void gates(YamlNode v, ImmutableScope.Builder b) {
    ImmutableModelGates.Builder g = ModelGates.builder();
    section(
        v,
        "gates",
        GATE_KEYS,
        (key, n) -> {
          Consumer<GateSelector> add =
              key.equals("allow") ? g::addAllow : key.equals("deny") ? g::addDeny : g::addRequire;
          for (YamlNode item : items(n, "gates." + key)) {
            scalar(item, "gates." + key)
                .flatMap(s -> selector(s, item))
                .ifPresent(
                    sel -> {
                      locations.putIfAbsent("selector:" + sel.text(), at(item));
                      add.accept(sel);
                    });
          }
        });
    b.gates(g.build());
  }

  java.util.Optional<GateSelector> selector(String text, YamlNode at) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      report(
          ScopeRule.UNKNOWN_SELECTOR,
          at(at),
          "'" + text + "' is not a selector of the form kind:value; it is ignored.",
          "Selectors: " + String.join(", ", ids(SelectorKind.class)) + ", e.g. vendor:anthropic.");
      return java.util.Optional.empty();
    }
    String kindText = text.substring(0, colon).trim();
    String value = text.substring(colon + 1).trim();
    var kind = Enums.find(SelectorKind.class, kindText);
    if (kind.isEmpty()) {
      report(
          ScopeRule.UNKNOWN_SELECTOR,
          at(at),
          "Unknown selector '" + kindText + ":' in '" + text + "'; it is ignored.",
          suggest(kindText, ids(SelectorKind.class)));
      return java.util.Optional.empty();
    }
    String problem = null;
    List<String> valid = null;
    switch (kind.get()) {
      case TIER:
        if (Enums.find(EcosystemTier.class, value).isEmpty()) {
          problem = "an ecosystem tier";
          valid = ids(EcosystemTier.class);
        }
        break;
      case CAPABILITY_TIER:
        if (Enums.find(CapabilityTier.class, value).isEmpty()) {
          problem = "a capability tier";
          valid = ids(CapabilityTier.class);
        }
        break;
      case OPEN_WEIGHTS:
        if (ScopeFilter.parseBoolean(value).isEmpty()) {
          problem = "true or false";
          valid = List.of("true", "false");
        }
        break;
      case CAPABILITY:
        if (!ScopeFilter.CAPABILITY_NAMES.contains(
            value.toLowerCase(Locale.ROOT).replace('-', '_'))) {
          problem = "a capability";
          valid = ScopeFilter.CAPABILITY_NAMES;
        }
        break;
      case REGION:
        if (!value.matches("[A-Za-z0-9-]{1,32}")) {
          problem = "a region id such as eu or us";
          valid = ScopeFilter.UPLIFT_REGIONS;
        }
        break;
      default:
        break;
    }
    if (problem != null) {
      report(
          ScopeRule.SELECTOR_VALUE,
          at(at),
          "'" + text + "': the value must be " + problem + "; the selector is ignored.",
          suggest(value, valid));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(GateSelector.of(kind.get(), value));
  }

  private void budget(YamlNode v, ImmutableScope.Builder b) {
    ImmutableBudget.Builder bb = Budget.builder();
    section(
        v,
        "budget",
        BUDGET_KEYS,
        (key, n) ->
            decimal(n, "budget." + key, BigDecimal.ZERO, null)
                .ifPresent(
                    d -> {
                      if (key.equals("per_run_usd")) {
                        bb.perRun(Money.usd(d)).perRunLocation(at(n));
                      } else {
                        bb.perMonth(Money.usd(d)).perMonthLocation(at(n));
                      }
                    }));
    b.budget(bb.build());
  }

  private void thresholds(YamlNode v, ImmutableScope.Builder b) {
    ImmutableThresholds.Builder tb = Thresholds.builder();
    section(
        v,
        "thresholds",
        THRESHOLD_KEYS,
        (key, n) -> {
          if (key.equals("croms_max")) {
            decimal(n, "thresholds.croms_max", BigDecimal.ZERO, null)
                .ifPresent(x -> tb.cromsMax(x).cromsMaxLocation(at(n)));
          } else if (key.equals("risk_max")) {
            DataRulesReader.level(this, n).ifPresent(x -> tb.riskMax(x).riskMaxLocation(at(n)));
          } else {
            count(n, "thresholds.score_min", 100)
                .ifPresent(x -> tb.scoreMin((int) x).scoreMinLocation(at(n)));
          }
        });
    b.thresholds(tb.build());
  }

  private void assumptions(YamlNode v, ImmutableScope.Builder b) {
    ImmutableAssumptions.Builder ab = Assumptions.builder();
    section(
        v,
        "assumptions",
        ASSUMPTION_KEYS,
        (key, n) ->
            decimal(n, "assumptions." + key, BigDecimal.ZERO, null)
                .ifPresent(
                    d -> {
                      switch (key) {
                        case "review_hours_per_run":
                          ab.reviewHoursPerRun(d);
                          break;
                        case "hourly_rate_usd":
                          ab.hourlyRate(Money.usd(d));
                          break;
                        case "correction_cost_usd":
                          ab.correctionCost(Money.usd(d));
                          break;
                        case "maintenance_usd_per_month":
                          ab.maintenancePerMonth(Money.usd(d));
                          break;
                        case "monitoring_usd_per_month":
                          ab.monitoringPerMonth(Money.usd(d));
                          break;
                        default:
                          ab.integrationPerMonth(Money.usd(d));
                      }
                    }));
    b.assumptions(ab.build());
  }

  private void failureRates(YamlNode v, ImmutableScope.Builder b) {
    section(
        v,
        "failure_rates",
        Scope.FAILURE_RATE_KEYS,
        (key, n) ->
            decimal(n, "failure_rates." + key, BigDecimal.ZERO, BigDecimal.ONE)
                .ifPresent(d -> b.putFailureRates(key, d)));
  }
}
