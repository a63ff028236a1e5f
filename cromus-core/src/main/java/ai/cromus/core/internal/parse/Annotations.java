package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.text.Texts;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The step annotations of SOP-FORMAT.md ({@code - key: value}) and of the structured form: one
 * place that reads every key's value into a step builder, with diagnostics.
 */
final class Annotations {
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
          "reasoning");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("tool", "tools"), Map.entry("fallbacks", "fallback"),
          Map.entry("retries", "retry"), Map.entry("validation", "validate"),
          Map.entry("depends_on", "after"), Map.entry("dependson", "after"),
          Map.entry("depends", "after"), Map.entry("condition", "when"),
          Map.entry("type", "kind"), Map.entry("approvers", "approver"));

  private static final Pattern LOOP_BOUND =
      Pattern.compile(
          "^(?:up\\s+to\\s+|at\\s+most\\s+|max(?:imum)?\\.?\\s+|≤\\s*)?(\\d{1,9})(?:\\s*(?:times|x|iterations?|rounds?|attempts?))?\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LATENCY =
      Pattern.compile(
          "^(?:<\\s*|under\\s+|within\\s+)?(\\d{1,7}(?:\\.\\d{1,6})?)\\s*(ms|milliseconds?|s|secs?|seconds?|min|minutes?)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STRUCTURED =
      Pattern.compile(
          "\\bjson\\b|\\{|\\bschema\\b|\\byaml\\b|\\bcsv\\b|\\btable\\b|\\bfields?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RETRY_SUFFIX = Pattern.compile("\\s*(times|retries|x)$");
  private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
  private static final Pattern STEP_PREFIX = Pattern.compile("(?i)^step\\s*");

  private Annotations() {}

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
    String value = rawValue.strip();
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
          for (String f : splitList(value)) {
            b.addFallbacks(f);
          }
          return true;
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
            String v = RETRY_SUFFIX.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
            if (v.equals("none") || v.equals("no")) {
              b.retries(0);
              return true;
            }
            if (!Texts.isDigits(v, 1, 3) || Integer.parseInt(v) > 100) {
              return bad(at, key, value, "a whole number of retries from 0 to 100", diags);
            }
            b.retries(Integer.parseInt(v));
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
            pending.afterDeclared = true;
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("none") || v.equals("-") || v.equals("nothing") || v.equals("start")) {
              return true;
            }
            // the expressions run only where they can match
            for (String ref :
                splitList(v.contains("and") ? AND.matcher(value).replaceAll(",") : value)) {
              pending.after.add(
                  ref.regionMatches(true, 0, "step", 0, 4)
                      ? STEP_PREFIX.matcher(ref).replaceFirst("")
                      : ref);
            }
            return true;
          }
        case "loop":
          {
            Matcher m = LOOP_BOUND.matcher(value);
            if (m.matches()) {
              int n = Integer.parseInt(m.group(1));
              if (n < 1 || n > 10_000) {
                return bad(at, key, value, "an upper bound from 1 to 10,000", diags);
              }
              b.loopBound(n);
              return true;
            }
            b.unboundedLoop(true);
            return true;
          }
        case "tools":
          for (String t : splitList(value)) {
            b.addTools(t);
          }
          return true;
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

  private static boolean bad(
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

  /** Splits {@code a, b; c} into trimmed non-empty parts. */
  static List<String> splitList(String value) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int n = value.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || value.charAt(i) == ',' || value.charAt(i) == ';') {
        String p = value.substring(from, i).strip();
        if (p.startsWith("`") && p.endsWith("`") && p.length() > 1) {
          p = p.substring(1, p.length() - 1).strip();
        }
        if (!p.isEmpty()) {
          out.add(p);
        }
        from = i + 1;
      }
    }
    return out;
  }

  /** A fresh ordered map for extras. */
  static Map<String, String> extras() {
    return new LinkedHashMap<>();
  }
}
