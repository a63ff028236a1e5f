package ai.cromus.core.internal.parse;

import static ai.cromus.core.internal.parse.AnnotationHandler.typed;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handler of every annotation key, in documentation order: the one place that says how each
 * key's value is read into a step (docs/sop-format.md). Every pattern here sees user text and is
 * linear in it (see {@link Annotations}).
 */
final class AnnotationHandlers {
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

  private static final int MAX_RETRIES = 100;
  private static final int MAX_LOOP = 10_000;

  /** Values of {@code after:} that say the step waits for nothing. */
  private static final Set<String> NO_PREDECESSOR = Set.of("none", "-", "nothing", "start");

  private static final Set<String> BATCH_YES = Set.of("allowed", "yes", "true", "ok");
  private static final Set<String> BATCH_NO = Set.of("no", "false", "never", "not allowed");

  /** Every key's handler, in documentation order. */
  static final Map<String, AnnotationHandler> BY_KEY = table();

  private AnnotationHandlers() {}

  private static Map<String, AnnotationHandler> table() {
    Map<String, AnnotationHandler> t = new LinkedHashMap<>();
    t.put("id", AnnotationHandlers::id);
    t.put(
        "kind",
        typed(
            v -> Enums.find(StepKind.class, v),
            "one of " + Enums.ids(StepKind.class),
            (b, k) -> b.kind(k).kindDeclared(true)));
    t.put("input", a -> size(a, true));
    t.put("output", a -> size(a, false));
    t.put(
        "model",
        typed(
            v -> v.isEmpty() ? Optional.empty() : Optional.of(v),
            "a model id such as claude-haiku-4-5",
            (b, v) -> b.model(v)));
    t.put("fallback", a -> list(a, Annotations.LIST_FORMS, (b, l) -> b.addAllFallbacks(l)));
    t.put(
        "tier",
        typed(
            v -> Enums.find(CapabilityTier.class, v),
            "one of " + Enums.ids(CapabilityTier.class),
            (b, v) -> b.tier(v)));
    t.put(
        "retry",
        typed(
            AnnotationHandlers::retries,
            "a whole number of retries from 0 to 100",
            (b, n) -> b.retries(n)));
    t.put(
        "validate",
        typed(
            AnnotationHandlers::validation,
            "one of json-schema, regex, human, none",
            (b, v) -> b.validation(v)));
    t.put("after", AnnotationHandlers::after);
    t.put("loop", AnnotationHandlers::loop);
    t.put("tools", a -> list(a, Annotations.LIST_FORMS, (b, l) -> b.addAllTools(l)));
    t.put("turns", LoopAnnotations::turns);
    t.put("tool_result", LoopAnnotations::toolResult);
    t.put("fee", LoopAnnotations.fee(ImmutableStep.Builder::feeUsd));
    t.put("tool_fee", LoopAnnotations.fee(ImmutableStep.Builder::toolFeeUsd));
    t.put("builtin_tools", a -> list(a, Annotations.LIST_FORMS, (b, l) -> b.addAllBuiltinTools(l)));
    t.put(
        "cache",
        typed(
            AnnotationHandlers::cachePrefix,
            "a prefix and its size, e.g. 'system prompt, 1,200 tokens'",
            (b, c) -> b.cache(c)));
    t.put(
        "batch",
        typed(AnnotationHandlers::batch, "'allowed' or 'no'", (b, v) -> b.batchAllowed(v)));
    t.put(
        "latency",
        typed(
            AnnotationHandlers::latency,
            "a duration such as 2s, 500ms or 1.5 seconds",
            (b, v) -> b.latencyBudgetSeconds(v)));
    t.put("approver", typed(Optional::of, "any text", (b, v) -> b.approver(v)));
    t.put("when", typed(Optional::of, "any text", (b, v) -> b.condition(v)));
    t.put(
        "reasoning",
        typed(
            v -> Enums.find(ReasoningEffort.class, v),
            "one of none, low, medium, high",
            (b, v) -> b.reasoning(v)));
    for (String key : List.of("effect", "trust", "data")) {
      t.put(
          key,
          a ->
              RiskAnnotations.apply(
                  a.key(), a.value(), a.listItems(), a.at(), a.step(), a.diags()));
    }
    return Collections.unmodifiableMap(t);
  }

  private static boolean id(AnnotationValue a) {
    String value = a.value();
    String slug = Slug.of(value, 64);
    if (slug.isEmpty()) {
      return a.bad("an id of letters, digits and hyphens");
    }
    if (!slug.equals(value)) {
      a.diags()
          .add(
              ImmutableDiagnostic.copyOf(
                      Diagnostic.of(
                          CoreRule.ANNOTATION_VALUE,
                          a.at(),
                          "Step id '" + value + "' is not kebab-case; '" + slug + "' is used.",
                          "Write ids in lower case with hyphens, e.g. '" + slug + "'."))
                  .withSeverity(Severity.WARNING));
    }
    a.pending().id = slug;
    a.pending().idAt = a.at();
    return true;
  }

  /** {@code input:} and {@code output:}: a description, a size (a point or a range), or both. */
  private static boolean size(AnnotationValue a, boolean input) {
    String value = a.value();
    SizeRanges.Read size = SizeRanges.parse(value);
    String desc = size == null ? value : size.description();
    if (!desc.isEmpty()) {
      if (input) {
        a.step().inputDescription(desc);
      } else {
        a.step().outputDescription(desc);
      }
    }
    if (!input && STRUCTURED.matcher(value).find()) {
      a.step().structuredOutput(true);
    }
    if (size != null) {
      if (input) {
        a.step().inputTokens(size.tokens());
      } else {
        a.step().outputTokens(size.tokens());
      }
    }
    return true;
  }

  /** A list key: its items, or a diagnostic when the value is not a list. */
  static boolean list(
      AnnotationValue a, String expected, BiConsumer<ImmutableStep.Builder, List<String>> set) {
    List<String> items = Annotations.items(a.value(), a.listItems());
    if (items == null
        || (items.isEmpty() && a.listItems() == null && !Annotations.isFlowList(a.value()))) {
      return a.bad(expected);
    }
    set.accept(a.step(), items);
    return true;
  }

  private static Optional<Integer> retries(String value) {
    Matcher m = RETRY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    String n = m.group("n");
    OptionalLong retries =
        Character.isDigit(n.charAt(0))
            ? UserNumbers.wholeValue(n, MAX_RETRIES)
            : OptionalLong.of(0);
    return retries.isEmpty() ? Optional.empty() : Optional.of((int) retries.getAsLong());
  }

  private static Optional<ValidationMethod> validation(String value) {
    String v = value.toLowerCase(Locale.ROOT).replace(' ', '-');
    if (v.equals("schema") || v.equals("json")) {
      v = "json-schema";
    }
    return Enums.find(ValidationMethod.class, v);
  }

  private static boolean after(AnnotationValue a) {
    String value = a.value();
    if (a.listItems() == null && NO_PREDECESSOR.contains(value.toLowerCase(Locale.ROOT))) {
      a.pending().afterDeclared = true;
      return true;
    }
    List<String> refs = Annotations.items(AND.matcher(value).replaceAll(","), a.listItems());
    if (refs == null
        || (refs.isEmpty() && a.listItems() == null && !Annotations.isFlowList(value))) {
      return a.bad("'none', or " + Annotations.LIST_FORMS + " of step numbers or ids");
    }
    a.pending().afterDeclared = true;
    for (String ref : refs) {
      a.pending().after.add(STEP_PREFIX.matcher(ref).replaceFirst(""));
    }
    return true;
  }

  private static boolean loop(AnnotationValue a) {
    Matcher m = LOOP_BOUND.matcher(a.value());
    if (!m.matches()) {
      a.step().unboundedLoop(true);
      return true;
    }
    long n = UserNumbers.wholeValue(m.group(1), MAX_LOOP).orElse(0);
    if (n < 1) {
      return a.bad("an upper bound from 1 to 10,000");
    }
    a.step().loopBound((int) n);
    return true;
  }

  private static Optional<CachePrefix> cachePrefix(String value) {
    Sizes.Size size = Sizes.parse(value);
    if (size == null) {
      return Optional.empty();
    }
    String desc = size.description.isEmpty() ? "prompt prefix" : size.description;
    return Optional.of(CachePrefix.of(desc, SizeRanges.tokenCount(size)));
  }

  private static Optional<Boolean> batch(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (BATCH_YES.contains(v)) {
      return Optional.of(true);
    }
    return BATCH_NO.contains(v) ? Optional.of(false) : Optional.empty();
  }

  private static Optional<BigDecimal> latency(String value) {
    Matcher m = LATENCY.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    if (unit.startsWith("ms") || unit.startsWith("milli")) {
      n = n.movePointLeft(3);
    } else if (unit.startsWith("min")) {
      n = n.multiply(BigDecimal.valueOf(60));
    }
    // 10s is 10, not 1E+1: a negative scale would print with an exponent
    return Optional.of(UserNumbers.canonical(n));
  }
}
