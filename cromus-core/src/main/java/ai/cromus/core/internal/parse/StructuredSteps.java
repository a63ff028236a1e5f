package ai.cromus.core.internal.parse;

import static ai.cromus.core.internal.parse.StructuredFields.listOf;
import static ai.cromus.core.internal.parse.StructuredFields.text;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a structured workflow: each list item read into a step (its fields through the same
 * annotation handlers as an SOP's), then ids made unique, implicit dependencies inferred and
 * missing token sizes estimated.
 */
final class StructuredSteps {
  static final List<String> STEP_KEYS =
      List.of(
          "id",
          "title",
          "kind",
          "instructions",
          "input",
          "output",
          "inputtokens",
          "outputtokens",
          "structuredoutput",
          "dependson",
          "after",
          "model",
          "fallback",
          "fallbacks",
          "tier",
          "retry",
          "retries",
          "validate",
          "loop",
          "turns",
          "toolresult",
          "fee",
          "toolfee",
          "builtintools",
          "tools",
          "tool",
          "cache",
          "batch",
          "latency",
          "latencyseconds",
          "approver",
          "when",
          "reasoning",
          "effect",
          "trust",
          "data");

  private final StructuredFields f;
  private final Set<String> ids = new HashSet<>();
  private final List<ImmutableStep.Builder> builders = new ArrayList<>();

  private StructuredSteps(StructuredFields f) {
    this.f = f;
  }

  /** The steps of {@code items}, in order; an item that is not a mapping is skipped. */
  static List<Step> read(List<YamlNode> items, StructuredFields f) {
    StructuredSteps steps = new StructuredSteps(f);
    int position = 0;
    for (YamlNode item : items) {
      position++;
      steps.item(item, position);
    }
    return steps.estimated();
  }

  private void item(YamlNode item, int position) {
    SourceLocation at = SourceLocation.of(f.source(), item.line(), item.column());
    if (!item.isMapping()) {
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.STRUCTURED_SCHEMA,
                  at,
                  "Step "
                      + position
                      + " must be a mapping, not "
                      + item.describe()
                      + "; it is skipped.",
                  "Write id, title, kind and the other step fields."));
      return;
    }
    Map<String, String> keys = f.normalizedKeys(item, STEP_KEYS);
    ImmutableStep.Builder b =
        Step.builder().position(SourcePosition.of(item.line(), item.column()));
    Annotations.Pending pending = new Annotations.Pending();
    String title = f.scalar(item, keys.get("title"));
    String id = f.scalar(item, keys.get("id"));
    if (title == null) {
      title = id != null ? id : "Step " + position;
    }
    b.title(title);
    Optional.ofNullable(f.scalar(item, keys.get("instructions"))).ifPresent(b::instructions);
    boolean kindSet = false;
    for (Map.Entry<String, String> k : keys.entrySet()) {
      kindSet |= field(item, k.getKey(), k.getValue(), id, b, pending);
    }
    if (!kindSet) {
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.STRUCTURED_SCHEMA,
                  at,
                  "Step " + position + " has no valid 'kind'; 'llm' is assumed.",
                  "Add kind: one of " + Enums.ids(StepKind.class) + "."));
      b.kind(StepKind.LLM).kindDeclared(false);
    }
    identify(b, pending, title, position, at);
    builders.add(b);
  }

  /**
   * Reads one field of a step ({@code norm} is its normalized key, {@code actual} its key as
   * written). Returns true when it was a valid {@code kind}.
   */
  private boolean field(
      YamlNode item,
      String norm,
      String actual,
      String id,
      ImmutableStep.Builder b,
      Annotations.Pending pending) {
    YamlNode v = item.member(actual);
    SourceLocation vat = SopFrontMatter.loc(item, actual, f.source());
    List<Diagnostic> diags = f.diags();
    switch (norm) {
      case "id" -> {
        // an explicit id is the step's id, whatever its title (kebab-cased, with a diagnostic
        // when that changes it)
        if (id != null) {
          Annotations.apply("id", id, vat, b, pending, diags);
        }
        return false;
      }
      case "title", "instructions" -> {
        return false;
      }
      case "inputtokens", "outputtokens" -> {
        Long n = f.count(item, actual, Sizes.MAX_TOKENS);
        if (n != null && norm.equals("inputtokens")) {
          b.inputTokens(TokenCount.declared(n));
        } else if (n != null) {
          b.outputTokens(TokenCount.declared(n));
        }
        return false;
      }
      case "structuredoutput" -> {
        b.structuredOutput(v.isValue() && v.text().strip().equalsIgnoreCase("true"));
        return false;
      }
      case "dependson", "after" -> {
        pending.afterDeclared = true;
        for (String ref : listOf(v)) {
          if (!ref.equalsIgnoreCase("none")) {
            pending.after.add(ref);
          }
        }
        return false;
      }
      case "latencyseconds" -> {
        Annotations.apply("latency", text(v) + "s", vat, b, pending, diags);
        return false;
      }
      case "cache" -> {
        Annotations.apply("cache", cacheText(v), vat, b, pending, diags);
        return false;
      }
      default -> {
        return annotation(item, norm, actual, v, vat, b, pending);
      }
    }
  }

  /** A {@code cache} field as the annotation's text: a mapping's description and tokens. */
  private static String cacheText(YamlNode v) {
    if (!v.isMapping()) {
      return text(v);
    }
    YamlNode d = v.member("description");
    YamlNode t = v.member("tokens");
    return (d == null ? "prompt prefix" : text(d)) + ", " + (t == null ? "" : text(t)) + " tokens";
  }

  /** A field read like the SOP annotation of the same key; true when it was a valid kind. */
  private boolean annotation(
      YamlNode item,
      String norm,
      String actual,
      YamlNode v,
      SourceLocation vat,
      ImmutableStep.Builder b,
      Annotations.Pending pending) {
    String key = Annotations.canonical(norm);
    if (key == null) {
      return false;
    }
    String value = v.isSequence() ? String.join(", ", listOf(v)) : text(v);
    if (value == null) {
      f.schema(item, actual, "'" + actual + "' must be a value or a list, not " + v.describe());
      return false;
    }
    // a list is passed as its items, so that an item holding a comma stays one item
    boolean ok =
        (v.isSequence() && Annotations.LIST_KEYS.contains(key))
            ? Annotations.apply(key, "", listOf(v), vat, b, pending, f.diags())
            : Annotations.apply(key, value, vat, b, pending, f.diags());
    return key.equals("kind") && ok;
  }

  /** Gives the step its unique id and its dependencies (the previous step when none is given). */
  private void identify(
      ImmutableStep.Builder b,
      Annotations.Pending pending,
      String title,
      int position,
      SourceLocation at) {
    String stepId = pending.id != null ? pending.id : Slug.id(title, 6, 48);
    if (stepId.isEmpty()) {
      stepId = "step-" + position;
    }
    if (!ids.add(stepId)) {
      String renamed = Slug.unique(stepId, ids);
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.DUPLICATE_STEP_ID,
                  at,
                  "Step id '" + stepId + "' is used twice; this step is renamed '" + renamed + "'.",
                  "Give every step its own id."));
      stepId = renamed;
      ids.add(renamed);
    }
    b.id(stepId);
    if (pending.afterDeclared) {
      b.addAllDependsOn(new LinkedHashSet<>(pending.after));
    } else if (!builders.isEmpty()) {
      String prev = builders.get(builders.size() - 1).build().id();
      b.addDependsOn(prev).dependenciesDeclared(false);
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.INFER_DEPENDENCY,
                  at,
                  "Step '" + stepId + "' has no dependsOn; it is taken to follow '" + prev + "'.",
                  "Add 'dependsOn: []' for a start step, or the ids it needs."));
    }
  }

  /** The steps, with the sizes they do not declare estimated (outputs first, then inputs). */
  private List<Step> estimated() {
    Map<String, Long> outputs = new HashMap<>();
    for (ImmutableStep.Builder b : builders) {
      Step s = b.build();
      outputs.put(
          s.id(),
          s.outputTokens().declared() ? s.outputTokens().tokens() : TokenEstimates.output(s));
    }
    List<Step> out = new ArrayList<>();
    for (ImmutableStep.Builder b : builders) {
      Step s = b.build();
      ImmutableStep.Builder nb = ImmutableStep.builder().from(s);
      if (!s.outputTokens().declared()) {
        nb.outputTokens(TokenCount.estimated(outputs.get(s.id()), TokenEstimates.outputMethod(s)));
      }
      if (!s.inputTokens().declared()) {
        nb.inputTokens(
            TokenCount.estimated(TokenEstimates.input(s, outputs), TokenEstimates.inputMethod(s)));
      }
      if (TokenEstimates.callsModel(s)
          && (!s.inputTokens().declared() || !s.outputTokens().declared())) {
        f.diags()
            .add(
                Diagnostic.of(
                    CoreRule.INFER_TOKENS,
                    SourceLocation.of(f.source(), s.position().line(), s.position().column()),
                    "Step '" + s.id() + "' has no inputTokens or outputTokens; they are estimated.",
                    "Add inputTokens and outputTokens."));
      }
      out.add(nb.build());
    }
    return out;
  }
}
