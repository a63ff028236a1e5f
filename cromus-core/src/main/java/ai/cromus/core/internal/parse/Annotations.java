package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.workflow.ImmutableStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step annotations of docs/sop-format.md ({@code - key: value}) and of the structured form: one
 * place that reads every key's value into a step builder, with diagnostics.
 */
public final class Annotations {
  /** Every known key, in documentation order. */
  static final List<String> KEYS = List.copyOf(AnnotationHandlers.BY_KEY.keySet());

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("tool", "tools"), Map.entry("fallbacks", "fallback"),
          Map.entry("retries", "retry"), Map.entry("validation", "validate"),
          Map.entry("depends_on", "after"), Map.entry("dependson", "after"),
          Map.entry("depends", "after"), Map.entry("condition", "when"),
          Map.entry("type", "kind"), Map.entry("approvers", "approver"),
          Map.entry("toolresult", "tool_result"), Map.entry("toolfee", "tool_fee"),
          Map.entry("builtintools", "builtin_tools"), Map.entry("builtin_tool", "builtin_tools"));

  // Every expression here sees user text: each is linear in it. Quantifiers that could meet
  // the same characters twice are possessive, and an expression searched for (find, replaceAll)
  // starts only where its first piece starts (the look-behinds), so no run is rescanned from
  // each of its positions; a word boundary is a look-around on word characters (Java's \b looks
  // back over a run of combining marks at every position). RegexLinearityTest runs each on
  // adversarial text.

  /** A flow list, {@code [a, b]}: brackets around items that hold no bracket or brace. */
  private static final Pattern FLOW_LIST = Pattern.compile("\\[(?<items>[^\\[\\]{}]*+)]");

  /** What a comma list may not hold: brackets and braces (nested or broken flow lists). */
  private static final Pattern BRACKET = Pattern.compile("[\\[\\]{}]");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

  /** An item in backticks or quotes, {@code `a`}, {@code "a"}, {@code 'a'}. */
  private static final Pattern QUOTED = Pattern.compile("`([^`]*+)`|\"([^\"]*+)\"|'([^']*+)'");

  /** The keys whose value is a list. */
  static final Set<String> LIST_KEYS =
      Set.of("tools", "fallback", "after", "data", "builtin_tools");

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
    AnnotationValue a =
        new AnnotationValue(key, rawValue.strip(), listItems, at, b, pending, diags);
    if (listItems != null && !LIST_KEYS.contains(key)) {
      return a.bad("a single value, not a list");
    }
    AnnotationHandler handler = AnnotationHandlers.BY_KEY.get(key);
    if (handler == null) {
      throw new IllegalStateException("unhandled key " + key);
    }
    try {
      return handler.apply(a);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return a.bad(e.getMessage());
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

  static boolean isFlowList(String value) {
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
