package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.text.NumberText;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.tree.Node;
import ai.cromus.core.internal.tree.TreeReader;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The YAML front matter of an SOP: split from the body, read safely, applied to a workflow. */
final class FrontMatter {
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile(
          "(?<!\\d)\\d++\\.\\d++\\.\\d++(?:-[0-9A-Za-z.-]++)?+(?:\\+[0-9A-Za-z.-]++)?+");

  static final List<String> KEYS =
      List.of(
          "name",
          "title",
          "description",
          "owner",
          "version",
          "runs_per_day",
          "runs_per_month",
          "mode",
          "ethos",
          "memory",
          "budget",
          "domain");

  /** Upper bound of runs per day that is still plausible (about 1,000 runs a second). */
  static final long MAX_RUNS_PER_DAY = 100_000_000L;

  private final TreeReader trees;

  FrontMatter(TreeReader trees) {
    this.trees = trees;
  }

  /** The split: front matter (if any) and the body with its line offset. */
  static final class Result {
    boolean present;
    Node root;
    String body;
    int bodyLineOffset;

    void apply(
        ImmutableWorkflow.Builder wf,
        String title,
        String description,
        String source,
        List<Diagnostic> diags) {
      FrontMatter.apply(this, wf, title, description, source, diags);
    }
  }

  Result split(String text, String source, List<Diagnostic> diags) {
    Result r = new Result();
    r.body = text;
    r.bodyLineOffset = 0;
    if (!(text.startsWith("---\n") || text.startsWith("--- \n") || text.equals("---"))) {
      return r;
    }
    int pos = text.indexOf('\n') + 1;
    int line = 2;
    while (pos > 0 && pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (l.strip().equals("---") || l.strip().equals("...")) {
        String yaml = text.substring(text.indexOf('\n') + 1, pos);
        r.present = true;
        r.body = end < 0 ? "" : text.substring(end + 1);
        r.bodyLineOffset = line;
        TreeReader.Result read = trees.read(yaml, true, source, 1, CoreRule.FRONT_MATTER_SYNTAX);
        diags.addAll(read.diagnostics);
        if (read.root.isPresent()) {
          if (read.root.get().isMap()) {
            r.root = read.root.get();
          } else if (!read.root.get().isNull()) {
            diags.add(
                Diagnostic.of(
                    CoreRule.FRONT_MATTER_SYNTAX,
                    SourceLocation.of(source, 2, 1),
                    "The front matter is "
                        + read.root.get().describe()
                        + ", not a mapping; it is"
                        + " ignored.",
                    "Write 'key: value' lines between the '---' lines."));
          }
        }
        return r;
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    diags.add(
        Diagnostic.of(
            CoreRule.FRONT_MATTER_SYNTAX,
            SourceLocation.start(source),
            "The front matter starts with '---' but is never closed; the file is read as Markdown.",
            "Close the front matter with a '---' line."));
    return r;
  }

  private static void apply(
      Result r,
      ImmutableWorkflow.Builder wf,
      String title,
      String description,
      String source,
      List<Diagnostic> diags) {
    Node fm = r.root;
    String fmTitle = fm == null ? null : string(fm, "title", source, diags);
    String effectiveTitle = title != null ? title : fmTitle;
    if (effectiveTitle != null) {
      wf.title(effectiveTitle);
    }
    String name = fm == null ? null : string(fm, "name", source, diags);
    String chosen;
    if (name != null) {
      chosen = Slug.of(name, 64);
      if (!chosen.equals(name)) {
        diags.add(
            Diagnostic.of(
                CoreRule.WORKFLOW_NAME,
                loc(fm, "name", source),
                "Workflow name '"
                    + name
                    + "' is not a kebab-case id; '"
                    + (chosen.isEmpty() ? "workflow" : chosen)
                    + "' is used.",
                "Write the name in lower case with hyphens."));
      }
    } else {
      chosen = effectiveTitle == null ? "" : Slug.of(effectiveTitle, 64);
    }
    if (chosen.isEmpty()) {
      chosen = SopParser.fallbackName(source);
    }
    wf.name(chosen);
    if (!description.isBlank()) {
      wf.description(description.strip());
    }
    if (fm == null) {
      return;
    }
    for (Map.Entry<String, Node> e : fm.entries().entrySet()) {
      String key = e.getKey();
      if (!KEYS.contains(key)) {
        String near = Similarity.nearestOne(key, KEYS);
        diags.add(
            Diagnostic.of(
                CoreRule.FRONT_MATTER_KEY,
                loc(fm, key, source),
                "Unknown front matter key '" + key + "'; it is kept as extra data and not used.",
                near == null
                    ? "Known keys: " + String.join(", ", KEYS) + "."
                    : "Did you mean '" + near + "'?"));
        if (e.getValue().isScalar()) {
          wf.putExtra(key, e.getValue().text());
        }
      }
    }
    Optional.ofNullable(string(fm, "description", source, diags)).ifPresent(wf::description);
    Optional.ofNullable(string(fm, "owner", source, diags)).ifPresent(wf::owner);
    String version = string(fm, "version", source, diags);
    if (version != null) {
      if (!VERSION.matcher(version).matches()) {
        diags.add(
            ai.cromus.core.diagnostic.ImmutableDiagnostic.copyOf(
                    Diagnostic.of(
                        CoreRule.FRONT_MATTER_VALUE,
                        loc(fm, "version", source),
                        "Version '"
                            + version
                            + "' is not SemVer (MAJOR.MINOR.PATCH); it is kept as written.",
                        "Write e.g. 1.0.0."))
                .withSeverity(ai.cromus.core.diagnostic.Severity.WARNING));
      }
      wf.version(version);
    }
    Long perDay = runs(fm, "runs_per_day", source, diags);
    if (perDay != null) {
      wf.runsPerDay(perDay);
    }
    Long perMonth = runs(fm, "runs_per_month", source, diags);
    if (perMonth != null) {
      wf.runsPerMonth(perMonth);
    }
    String mode = string(fm, "mode", source, diags);
    if (mode != null) {
      Optional<CostMode> m = Enums.find(CostMode.class, mode);
      if (m.isPresent()) {
        wf.mode(m.get());
      } else {
        bad(fm, "mode", mode, "one of " + Enums.ids(CostMode.class), source, diags);
      }
    }
    Optional.ofNullable(string(fm, "ethos", source, diags)).ifPresent(wf::ethos);
    String memory = string(fm, "memory", source, diags);
    if (memory != null) {
      Optional<MemoryScope> m = Enums.find(MemoryScope.class, memory);
      if (m.isPresent()) {
        wf.memory(m.get());
      } else {
        bad(fm, "memory", memory, "one of session, persistent, shared", source, diags);
      }
    }
    Optional.ofNullable(string(fm, "domain", source, diags)).ifPresent(wf::domain);
    Node budget = fm.get("budget");
    if (budget != null) {
      wf.budget(
          budget(
              budget, fm, source, diags, CoreRule.FRONT_MATTER_VALUE, CoreRule.FRONT_MATTER_KEY));
    }
  }

  /** Reads a budget mapping ({@code per_run_usd}, {@code per_month_usd}). */
  static Budget budget(
      Node budget,
      Node parent,
      String source,
      List<Diagnostic> diags,
      Rule valueRule,
      Rule keyRule) {
    if (!budget.isMap()) {
      diags.add(
          Diagnostic.of(
              valueRule,
              loc(parent, "budget", source),
              "'budget' must be a mapping with per_run_usd and/or per_month_usd; it is ignored."));
      return Budget.NONE;
    }
    var b = Budget.builder();
    for (Map.Entry<String, Node> e : budget.entries().entrySet()) {
      String k = e.getKey().replace('-', '_');
      String canonical =
          k.equals("perRunUsd") ? "per_run_usd" : k.equals("perMonthUsd") ? "per_month_usd" : k;
      if (!canonical.equals("per_run_usd") && !canonical.equals("per_month_usd")) {
        diags.add(
            Diagnostic.of(
                keyRule,
                loc(budget, e.getKey(), source),
                "Unknown budget key '" + e.getKey() + "'; it is ignored.",
                "Use per_run_usd or per_month_usd."));
        continue;
      }
      Node v = e.getValue();
      Money m = money(v);
      if (m == null) {
        diags.add(
            Diagnostic.of(
                valueRule,
                loc(budget, e.getKey(), source),
                "Budget '"
                    + e.getKey()
                    + "' must be a non-negative amount of US dollars, not "
                    + v.describe()
                    + "; it is ignored.",
                "Write e.g. 0.05."));
        continue;
      }
      if (canonical.equals("per_run_usd")) {
        b.perRun(m);
      } else {
        b.perMonth(m);
      }
    }
    return b.build();
  }

  /** A non-negative dollar amount of at most 10^12, or null. */
  static Money money(Node v) {
    if (!v.isScalar()) {
      return null;
    }
    String t = v.text().strip();
    if (t.startsWith("$")) {
      t = t.substring(1).strip();
    }
    BigDecimal d;
    try {
      d = NumberText.decimal(t);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (d.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
      return null;
    }
    return Money.usd(d);
  }

  private static Long runs(Node fm, String key, String source, List<Diagnostic> diags) {
    Node v = fm.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    String t = v.isScalar() ? v.text().strip() : "";
    long max = key.equals("runs_per_day") ? MAX_RUNS_PER_DAY : MAX_RUNS_PER_DAY * 31;
    long n;
    try {
      n = NumberText.whole(t, max);
    } catch (IllegalArgumentException e) {
      bad(
          fm,
          key,
          v.isScalar() ? v.text() : v.describe(),
          "a whole number of runs from 0 to " + max + " (" + e.getMessage() + ")",
          source,
          diags);
      return null;
    }
    if (n == 0) {
      diags.add(
          ai.cromus.core.diagnostic.ImmutableDiagnostic.copyOf(
                  Diagnostic.of(
                      CoreRule.FRONT_MATTER_VALUE,
                      loc(fm, key, source),
                      "'" + key + ": 0' makes every monthly figure zero.",
                      "Remove it to use the default of 100 runs a day, or state the real volume."))
              .withSeverity(ai.cromus.core.diagnostic.Severity.WARNING));
    }
    return n;
  }

  private static String string(Node fm, String key, String source, List<Diagnostic> diags) {
    Node v = fm.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isScalar()) {
      bad(fm, key, v.describe(), "a single value", source, diags);
      return null;
    }
    String t = v.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static void bad(
      Node fm, String key, String value, String expected, String source, List<Diagnostic> diags) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    diags.add(
        Diagnostic.of(
            CoreRule.FRONT_MATTER_VALUE,
            loc(fm, key, source),
            "Cannot read '" + key + ": " + shown + "'; it is ignored.",
            "Expected " + expected + "."));
  }

  static SourceLocation loc(Node map, String key, String source) {
    return SourceLocation.of(source, map.keyLine(key), map.keyColumn(key));
  }
}
