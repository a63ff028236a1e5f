package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML front matter of an SOP: split from the body ({@link FrontMatter#lines}), read with the
 * located YAML reader, applied to a workflow.
 */
final class SopFrontMatter {
  private static final Pattern VERSION =
      Pattern.compile(
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
          "domain",
          "data");

  /** Upper bound of runs per day that is still plausible (about 1,000 runs a second). */
  static final long MAX_RUNS_PER_DAY = 100_000_000L;

  private final SourceTrees trees;

  SopFrontMatter(SourceTrees trees) {
    this.trees = trees;
  }

  /** The split: front matter (if any) and the body with its line offset. */
  static final class Result {
    boolean present;
    YamlNode root;
    String body;
    int bodyLineOffset;

    void apply(
        ImmutableWorkflow.Builder wf,
        String title,
        String description,
        String source,
        List<Diagnostic> diags) {
      SopFrontMatter.apply(this, wf, title, description, source, diags);
    }
  }

  Result split(String text, String source, List<Diagnostic> diags) {
    Result r = new Result();
    r.body = text;
    r.bodyLineOffset = 0;
    FrontMatter.Split split = FrontMatter.lines(text);
    if (split.frontMatter().isEmpty()) {
      if (split.failure().orElse(null) == FrontMatter.Failure.NOT_CLOSED) {
        diags.add(
            Diagnostic.of(
                CoreRule.FRONT_MATTER_SYNTAX,
                SourceLocation.start(source),
                "The front matter starts with '---' but is never closed; the file is read as"
                    + " Markdown.",
                "Close the front matter with a '---' line at the start of a line."));
      }
      return r;
    }
    FrontMatter fm = split.frontMatter().get();
    r.present = true;
    r.body = fm.body();
    r.bodyLineOffset = split.bodyLineOffset();
    SourceTrees.Result read =
        trees.read(fm.yaml(), true, source, fm.line() - 1, CoreRule.FRONT_MATTER_SYNTAX);
    diags.addAll(read.diagnostics());
    if (read.root().isPresent()) {
      YamlNode root = read.root().get();
      if (root.isMapping()) {
        r.root = root;
      } else if (!root.isNull()) {
        diags.add(
            Diagnostic.of(
                CoreRule.FRONT_MATTER_SYNTAX,
                SourceLocation.of(source, 2, 1),
                "The front matter is " + root.describe() + ", not a mapping; it is ignored.",
                "Write 'key: value' lines between the '---' lines."));
      }
    }
    return r;
  }

  private static void apply(
      Result r,
      ImmutableWorkflow.Builder wf,
      String title,
      String description,
      String source,
      List<Diagnostic> diags) {
    YamlNode fm = r.root;
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
    unknownKeys(fm, wf, source, diags);
    settings(fm, wf, source, diags);
  }

  /** Reports the keys the front matter does not know; single values are kept as extra data. */
  private static void unknownKeys(
      YamlNode fm, ImmutableWorkflow.Builder wf, String source, List<Diagnostic> diags) {
    for (YamlNode.Entry e : fm.entries()) {
      String key = e.name();
      if (!KEYS.contains(key)) {
        String near = Similarity.nearestOne(key, KEYS);
        boolean kept = e.value().isValue();
        diags.add(
            Diagnostic.of(
                CoreRule.FRONT_MATTER_KEY,
                loc(fm, key, source),
                "Unknown front matter key '"
                    + key
                    + (kept
                        ? "'; it is kept as extra data and not used."
                        : "'; its value is "
                            + e.value().describe()
                            + ", and only single values are kept as extra data, so it is"
                            + " ignored."),
                near == null
                    ? "Known keys: " + String.join(", ", KEYS) + "."
                    : "Did you mean '" + near + "'?"));
        if (kept) {
          wf.putExtra(key, e.value().text());
        }
      }
    }
  }

  /** The workflow's settings in the front matter: text fields, version, volumes, mode, budget. */
  private static void settings(
      YamlNode fm, ImmutableWorkflow.Builder wf, String source, List<Diagnostic> diags) {
    Optional.ofNullable(string(fm, "description", source, diags)).ifPresent(wf::description);
    Optional.ofNullable(string(fm, "owner", source, diags)).ifPresent(wf::owner);
    String version = string(fm, "version", source, diags);
    if (version != null) {
      if (!VERSION.matcher(version).matches()) {
        diags.add(
            ImmutableDiagnostic.copyOf(
                    Diagnostic.of(
                        CoreRule.FRONT_MATTER_VALUE,
                        loc(fm, "version", source),
                        "Version '"
                            + version
                            + "' is not SemVer (MAJOR.MINOR.PATCH); it is kept as written.",
                        "Write e.g. 1.0.0."))
                .withSeverity(Severity.WARNING));
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
    if (fm.member("data") != null) {
      RiskAnnotations.workflowData(
          fm.member("data"), loc(fm, "data", source), CoreRule.FRONT_MATTER_VALUE, wf, diags);
    }
    YamlNode budget = fm.member("budget");
    if (budget != null) {
      wf.budget(
          budget(
              budget, fm, source, diags, CoreRule.FRONT_MATTER_VALUE, CoreRule.FRONT_MATTER_KEY));
    }
  }

  /** Reads a budget mapping ({@code per_run_usd}, {@code per_month_usd}). */
  static Budget budget(
      YamlNode budget,
      YamlNode parent,
      String source,
      List<Diagnostic> diags,
      Rule valueRule,
      Rule keyRule) {
    if (!budget.isMapping()) {
      diags.add(
          Diagnostic.of(
              valueRule,
              loc(parent, "budget", source),
              "'budget' must be a mapping with per_run_usd and/or per_month_usd; it is ignored."));
      return Budget.none();
    }
    var b = Budget.builder();
    for (YamlNode.Entry e : budget.entries()) {
      String k = e.name().replace('-', '_');
      String canonical =
          k.equals("perRunUsd") ? "per_run_usd" : k.equals("perMonthUsd") ? "per_month_usd" : k;
      if (!canonical.equals("per_run_usd") && !canonical.equals("per_month_usd")) {
        diags.add(
            Diagnostic.of(
                keyRule,
                loc(budget, e.name(), source),
                "Unknown budget key '" + e.name() + "'; it is ignored.",
                "Use per_run_usd or per_month_usd."));
        continue;
      }
      YamlNode v = e.value();
      UserNumbers.Read amount = v.isValue() ? UserNumbers.usd(v.text()) : UserNumbers.usd(null);
      if (!amount.ok()) {
        diags.add(
            Diagnostic.of(
                valueRule,
                loc(budget, e.name(), source),
                "Budget '"
                    + e.name()
                    + "' must be "
                    + UserNumbers.USD_RANGE
                    + "; "
                    + v.describe()
                    + (v.isValue() ? " " + amount.problem() : "")
                    + ", so it is ignored.",
                "Write e.g. 0.05."));
        continue;
      }
      Money m = Money.usd(amount.value().get());
      if (canonical.equals("per_run_usd")) {
        b.perRun(m).perRunLocation(loc(budget, e.name(), source));
      } else {
        b.perMonth(m).perMonthLocation(loc(budget, e.name(), source));
      }
    }
    return b.build();
  }

  private static Long runs(YamlNode fm, String key, String source, List<Diagnostic> diags) {
    YamlNode v = fm.member(key);
    if (v == null || v.isNull()) {
      return null;
    }
    long max = key.equals("runs_per_day") ? MAX_RUNS_PER_DAY : MAX_RUNS_PER_DAY * 31;
    UserNumbers.Read n = v.isValue() ? UserNumbers.whole(v.text(), max) : null;
    if (n == null || !n.ok()) {
      bad(
          fm,
          key,
          v.isValue() ? v.text() : v.describe(),
          "a whole number of runs from 0 to "
              + String.format(Locale.ROOT, "%,d", max)
              + (n == null ? "" : "; the value " + n.problem()),
          source,
          diags);
      return null;
    }
    long runs = n.value().get().longValueExact();
    if (runs == 0) {
      diags.add(
          ImmutableDiagnostic.copyOf(
                  Diagnostic.of(
                      CoreRule.FRONT_MATTER_VALUE,
                      loc(fm, key, source),
                      "'" + key + ": 0' makes every monthly figure zero.",
                      "Remove it to use the default of 100 runs a day, or state the real volume."))
              .withSeverity(Severity.WARNING));
    }
    return runs;
  }

  private static String string(YamlNode fm, String key, String source, List<Diagnostic> diags) {
    YamlNode v = fm.member(key);
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
      YamlNode fm,
      String key,
      String value,
      String expected,
      String source,
      List<Diagnostic> diags) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    diags.add(
        Diagnostic.of(
            CoreRule.FRONT_MATTER_VALUE,
            loc(fm, key, source),
            "Cannot read '" + key + ": " + shown + "'; it is ignored.",
            "Expected " + expected + "."));
  }

  static SourceLocation loc(YamlNode map, String key, String source) {
    YamlNode k = map.keyNode(key);
    return SourceLocation.of(source, k.line(), k.column());
  }
}
