package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step annotations of docs/sop-format.md ({@code - key: value}) and of the structured form: one
 * place that reads every key's value into a step builder, with diagnostics.
 */
public final class Annotations {
  /** Every known key, in documentation order. */
  static final List<String> KEYS =
      List.of(
          "id",
          "kind",
          "input",
          "output",
          "model",
          "fallback",
          "tier",
          "retry",
          "validate",
          "after",
          "loop",
          "tools",
          "cache",
          "batch",
          "latency",
          "approver",
          "when",
          "reasoning",
          "effect",
          "trust",
          "data");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("tool", "tools"), Map.entry("fallbacks", "fallback"),
          Map.entry("retries", "retry"), Map.entry("validation", "validate"),
          Map.entry("depends_on", "after"), Map.entry("dependson", "after"),
          Map.entry("depends", "after"), Map.entry("condition", "when"),
          Map.entry("type", "kind"), Map.entry("approvers", "approver"));

  // Every expression here sees user text: each is linear in it. Quantifiers that could meet
  // the same characters twice are possessive, and an expression searched for (find, replaceAll)
  // starts only where its first piece starts (the look-behinds), so no run is rescanned from
  // each of its positions; a word boundary is a look-around on word characters (Java's \b looks
  // back over a run of combining marks at every position). RegexLinearityTest runs each on
  // adversarial text.

  /** A loop bound: {@code up to 3 times}, {@code max 5}, {@code ≤ 10 iterations}, {@code 1,000}. */
  private static final Pattern LOOP_BOUND =
      Pattern.compile(
          "(?:up\\s++to\\s++|at\\s++most\\s++|max(?:imum)?+\\.?+\\s++|≤\\s*+)?+(\\d[\\d,_]*+)"
              + "(?:\\s*+(?:times|x|iterations?|rounds?|attempts?))?\\.?",
          Pattern.CASE_INSENSITIVE);

  /** A latency budget: {@code 2s}, {@code under 500 ms}, {@code 1.5 seconds}, {@code 2 min}. */
  private static final Pattern LATENCY =
      Pattern.compile(
          "(?:<\\s*+|under\\s++|within\\s++)?+(\\d{1,7}+(?:\\.\\d{1,6}+)?+)\\s*+"
              + "(ms|milliseconds?|s|secs?|seconds?|min|minutes?)?",
          Pattern.CASE_INSENSITIVE);

  /** What says that an output is structured: a brace, or one of the words (case-insensitive). */
  private static final Pattern STRUCTURED =
      Pattern.compile(
          "(?<![\\p{L}\\p{Nd}\\p{M}_])(?:json|schema|yaml|csv|table|fields?)(?![\\p{L}\\p{Nd}\\p{M}_])"
              + "|\\{",
          Pattern.CASE_INSENSITIVE);

  /** A retry count: {@code 2}, {@code 2 times}, {@code 3x}, {@code none}, {@code no retries}. */
  private static final Pattern RETRY =
      Pattern.compile("(?<n>\\d++|none|no)(?:\\s*+(?:times|retries|x))?", Pattern.CASE_INSENSITIVE);

  /** {@code and} between references of {@code after:}, with the white space around it. */
  private static final Pattern AND =
      Pattern.compile("(?<!\\s)\\s++and\\s++", Pattern.CASE_INSENSITIVE);

  /** {@code step} before a step number in {@code after:} ({@code step 2}); not {@code stepwise}. */
  private static final Pattern STEP_PREFIX =
      Pattern.compile("^step\\s*+(?=\\d)", Pattern.CASE_INSENSITIVE);

  /** A flow list, {@code [a, b]}: brackets around items that hold no bracket or brace. */
  private static final Pattern FLOW_LIST = Pattern.compile("\\[(?<items>[^\\[\\]{}]*+)]");

  /** What a comma list may not hold: brackets and braces (nested or broken flow lists). */
  private static final Pattern BRACKET = Pattern.compile("[\\[\\]{}]");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

  /** An item in backticks or quotes, {@code `a`}, {@code "a"}, {@code 'a'}. */
  private static final Pattern QUOTED = Pattern.compile("`([^`]*+)`|\"([^\"]*+)\"|'([^']*+)'");

  /** The keys whose value is a list. */
  static final java.util.Set<String> LIST_KEYS =
      java.util.Set.of("tools", "fallback", "after", "data");

  private Annotations() {}

  /**
   * An annotation item, {@code key: value}: a key of 1 to 31 letters, spaces, underscores and
   * hyphens that starts with a letter, a colon, then the value (linear: the key's characters
   * exclude the colon, and every quantifier is possessive).
   */
  static final Pattern ANNOTATION =
      Pattern.compile("(?<key>[A-Za-z][A-Za-z _-]{0,30}+):\\s*+(?<value>.*+)", Pattern.DOTALL);

  /**
   * Whether the text of a bullet item reads as a step annotation with a known key, as the SOP
   * reader reads it (for writers that must keep such text from becoming an annotation).
   */
  public static boolean isAnnotation(String itemText) {
    Matcher m = ANNOTATION.matcher(itemText.strip());
    return m.matches() && canonical(m.group("key")) != null;
  }

  /** The canonical key for {@code raw}, or null when unknown. */
  static String canonical(String raw) {
    String k = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (KEYS.contains(k)) {
      return k;
    }
    return ALIASES.get(k);
  }

  /** The nearest known key, for "did you mean". */
  static String nearest(String raw) {
    return Similarity.nearestOne(raw.strip().toLowerCase(Locale.ROOT), KEYS);
  }

  /** What a step's annotations said about things resolved later (ids, references). */
  static final class Pending {
    final List<String> after = new ArrayList<>();
    boolean afterDeclared;
    String id;
    SourceLocation idAt;
  }

  /**
   * Applies one annotation to {@code b}. Returns false when the value could not be read (a
   * diagnostic says why).
   */
  static boolean apply(
      String key,
      String rawValue,
      SourceLocation at,
      ImmutableStep.Builder b,
      Pending pending,
      List<Diagnostic> diags) {
    return apply(key, rawValue, null, at, b, pending, diags);
  }

  /**
   * Applies one annotation to {@code b}, with {@code listItems} the items of a list given apart
   * from the value (a nested Markdown list, or a structured list), or null when none was. Returns
   * false when the value could not be read (a diagnostic says why).
   */
  static boolean apply(
      String key,
      String rawValue,
      List<String> listItems,
      SourceLocation at,
      ImmutableStep.Builder b,
      Pending pending,
      List<Diagnostic> diags) {
    String value = rawValue.strip();
    if (listItems != null && !LIST_KEYS.contains(key)) {
      return bad(at, key, value, "a single value, not a list", diags);
    }
    if (RiskAnnotations.KEYS.contains(key)) {
      return RiskAnnotations.apply(key, value, listItems, at, b, diags);
    }
    try {
      switch (key) {
        case "id":
          {
            String slug = Slug.of(value, 64);
            if (slug.isEmpty()) {
              return bad(at, key, value, "an id of letters, digits and hyphens", diags);
            }
            if (!slug.equals(value)) {
              diags.add(
                  ImmutableDiagnostic.copyOf(
                          Diagnostic.of(
                              CoreRule.ANNOTATION_VALUE,
                              at,
                              "Step id '" + value + "' is not kebab-case; '" + slug + "' is used.",
                              "Write ids in lower case with hyphens, e.g. '" + slug + "'."))
                      .withSeverity(Severity.WARNING));
            }
            pending.id = slug;
            pending.idAt = at;
            return true;
          }
        case "kind":
          {
            Optional<StepKind> k = Enums.find(StepKind.class, value);
            if (k.isEmpty()) {
              return bad(at, key, value, "one of " + Enums.ids(StepKind.class), diags);
            }
            b.kind(k.get()).kindDeclared(true);
            return true;
          }
        case "input":
        case "output":
          {
            Sizes.Size size = Sizes.parse(value);
            boolean input = key.equals("input");
            String desc = size == null ? value : size.description;
            if (!desc.isEmpty()) {
              if (input) {
                b.inputDescription(desc);
              } else {
                b.outputDescription(desc);
              }
            }
            if (!input && STRUCTURED.matcher(value).find()) {
              b.structuredOutput(true);
            }
            if (size != null) {
              TokenCount tc =
                  size.unit.equals("tokens")
                      ? TokenCount.declared(size.tokens)
                      : ai.cromus.core.workflow.ImmutableTokenCount.builder()
                          .tokens(size.tokens)
                          .declared(true)
                          .method(Sizes.method(size.unit))
                          .build();
              if (input) {
                b.inputTokens(tc);
              } else {
                b.outputTokens(tc);
              }
            }
            return true;
          }
        case "model":
          if (value.isEmpty()) {
            return bad(at, key, value, "a model id such as claude-haiku-4-5", diags);
          }
          b.model(value);
          return true;
        case "fallback":
          {
            List<String> items = items(value, listItems);
            if (items == null || items.isEmpty() && listItems == null && !isFlowList(value)) {
              return bad(at, key, value, LIST_FORMS, diags);
            }
            b.addAllFallbacks(items);
            return true;
          }
        case "tier":
          {
            Optional<CapabilityTier> t = Enums.find(CapabilityTier.class, value);
            if (t.isEmpty()) {
              return bad(at, key, value, "one of " + Enums.ids(CapabilityTier.class), diags);
            }
            b.tier(t.get());
            return true;
          }
        case "retry":
          {
            Matcher m = RETRY.matcher(value);
            if (!m.matches()) {
              return bad(at, key, value, "a whole number of retries from 0 to 100", diags);
            }
            String n = m.group("n");
            OptionalLong retries =
                Character.isDigit(n.charAt(0))
                    ? UserNumbers.wholeValue(n, MAX_RETRIES)
                    : OptionalLong.of(0);
            if (retries.isEmpty()) {
              return bad(at, key, value, "a whole number of retries from 0 to 100", diags);
            }
            b.retries((int) retries.getAsLong());
            return true;
          }
        case "validate":
          {
            String v = value.toLowerCase(Locale.ROOT).replace(' ', '-');
            if (v.equals("schema") || v.equals("json")) {
              v = "json-schema";
            }
            Optional<ValidationMethod> m = Enums.find(ValidationMethod.class, v);
            if (m.isEmpty()) {
              return bad(at, key, value, "one of json-schema, regex, human, none", diags);
            }
            b.validation(m.get());
            return true;
          }
        case "after":
          {
            String v = value.toLowerCase(Locale.ROOT);
            if (listItems == null
                && (v.equals("none")
                    || v.equals("-")
                    || v.equals("nothing")
                    || v.equals("start"))) {
              pending.afterDeclared = true;
              return true;
            }
            List<String> refs = items(AND.matcher(value).replaceAll(","), listItems);
            if (refs == null || refs.isEmpty() && listItems == null && !isFlowList(value)) {
              return bad(
                  at, key, value, "'none', or " + LIST_FORMS + " of step numbers or ids", diags);
            }
            pending.afterDeclared = true;
            for (String ref : refs) {
              pending.after.add(STEP_PREFIX.matcher(ref).replaceFirst(""));
            }
            return true;
          }
        case "loop":
          {
            Matcher m = LOOP_BOUND.matcher(value);
            if (m.matches()) {
              long n = UserNumbers.wholeValue(m.group(1), MAX_LOOP).orElse(0);
              if (n < 1) {
                return bad(at, key, value, "an upper bound from 1 to 10,000", diags);
              }
              b.loopBound((int) n);
              return true;
            }
            b.unboundedLoop(true);
            return true;
          }
        case "tools":
          {
            List<String> items = items(value, listItems);
            if (items == null || items.isEmpty() && listItems == null && !isFlowList(value)) {
              return bad(at, key, value, LIST_FORMS, diags);
            }
            b.addAllTools(items);
            return true;
          }
        case "cache":
          {
            Sizes.Size size = Sizes.parse(value);
            if (size == null) {
              return bad(
                  at,
                  key,
                  value,
                  "a prefix and its size, e.g. 'system prompt, 1,200 tokens'",
                  diags);
            }
            String desc = size.description.isEmpty() ? "prompt prefix" : size.description;
            b.cache(
                CachePrefix.of(
                    desc,
                    size.unit.equals("tokens")
                        ? TokenCount.declared(size.tokens)
                        : ai.cromus.core.workflow.ImmutableTokenCount.builder()
                            .tokens(size.tokens)
                            .declared(true)
                            .method(Sizes.method(size.unit))
                            .build()));
            return true;
          }
        case "batch":
          {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("allowed") || v.equals("yes") || v.equals("true") || v.equals("ok")) {
              b.batchAllowed(true);
            } else if (v.equals("no")
                || v.equals("false")
                || v.equals("never")
                || v.equals("not allowed")) {
              b.batchAllowed(false);
            } else {
              return bad(at, key, value, "'allowed' or 'no'", diags);
            }
            return true;
          }
        case "latency":
          {
            Matcher m = LATENCY.matcher(value);
            if (!m.matches()) {
              return bad(at, key, value, "a duration such as 2s, 500ms or 1.5 seconds", diags);
            }
            BigDecimal n = new BigDecimal(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            if (unit.startsWith("ms") || unit.startsWith("milli")) {
              n = n.movePointLeft(3);
            } else if (unit.startsWith("min")) {
              n = n.multiply(BigDecimal.valueOf(60));
            }
            // 10s is 10, not 1E+1: a negative scale would print with an exponent
            b.latencyBudgetSeconds(UserNumbers.canonical(n));
            return true;
          }
        case "approver":
          b.approver(value);
          return true;
        case "when":
          b.condition(value);
          return true;
        case "reasoning":
          {
            Optional<ReasoningEffort> r = Enums.find(ReasoningEffort.class, value);
            if (r.isEmpty()) {
              return bad(at, key, value, "one of none, low, medium, high", diags);
            }
            b.reasoning(r.get());
            return true;
          }
        default:
          throw new IllegalStateException("unhandled key " + key);
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      return bad(at, key, value, e.getMessage(), diags);
    }
  }

  static boolean bad(
      SourceLocation at, String key, String value, String expected, List<Diagnostic> diags) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    diags.add(
        Diagnostic.of(
            CoreRule.ANNOTATION_VALUE,
            at,
            "Cannot read '" + key + ": " + shown + "'; the annotation is ignored.",
            "Expected " + expected + "."));
    return false;
  }

  /** How a list may be written, for diagnostics. */
  static final String LIST_FORMS =
      "a list: '[a, b]', 'a, b' or a nested Markdown list of one item per line";

  private static final int MAX_RETRIES = 100;
  private static final int MAX_LOOP = 10_000;

  private static boolean isFlowList(String value) {
    return FLOW_LIST.matcher(value).matches();
  }

  /**
   * The items of a list value, in order: a flow list ({@code [a, b]}) or a comma list ({@code a,
   * b}; semicolons separate too), then {@code more} (a nested list's items), each without the
   * backticks or quotes around it and without empty items. Null when the value holds a bracket or a
   * brace other than one flow list around it (nested lists, a missing bracket).
   */
  static List<String> items(String value, List<String> more) {
    String v = value.strip();
    Matcher flow = FLOW_LIST.matcher(v);
    if (flow.matches()) {
      v = flow.group("items");
    } else if (BRACKET.matcher(v).find()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(v, -1)) {
      addItem(out, part);
    }
    if (more != null) {
      for (String part : more) {
        addItem(out, part);
      }
    }
    return out;
  }

  private static void addItem(List<String> out, String part) {
    String p = part.strip();
    Matcher q = QUOTED.matcher(p);
    if (q.matches()) {
      p = (q.group(1) != null ? q.group(1) : q.group(2) != null ? q.group(2) : q.group(3)).strip();
    }
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /** Splits {@code a, b; c} into trimmed non-empty parts, unquoted. */
  static List<String> splitList(String value) {
    List<String> out = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(value, -1)) {
      addItem(out, part);
    }
    return out;
  }

  /** A fresh ordered map for extras. */
  static Map<String, String> extras() {
    return new LinkedHashMap<>();
  }
}
