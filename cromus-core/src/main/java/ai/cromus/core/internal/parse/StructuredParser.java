package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the structured JSON or YAML form of a workflow (schema: {@code
 * ai/cromus/core/workflow.schema.json}). Keys are accepted in camelCase or snake_case.
 */
final class StructuredParser {
  static final List<String> WORKFLOW_KEYS =
      List.of(
          "name",
          "title",
          "description",
          "owner",
          "version",
          "runsperday",
          "runspermonth",
          "mode",
          "ethos",
          "memory",
          "domain",
          "budget",
          "steps",
          "data",
          "$schema");
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

  private final Limits limits;
  private final SourceTrees trees;

  StructuredParser(Limits limits, SourceTrees trees) {
    this.limits = limits;
    this.trees = trees;
  }

  Parsed<Workflow> parse(String source, String raw, boolean yaml) {
    List<Diagnostic> diags = new ArrayList<>();
    ImmutableWorkflow.Builder wf =
        Workflow.builder().source(source).format(yaml ? SourceFormat.YAML : SourceFormat.JSON);
    String text = TextInput.normalize(raw, source, limits, diags);
    if (text == null || text.isBlank()) {
      if (text != null) {
        diags.add(
            Diagnostic.of(
                CoreRule.INPUT_EMPTY,
                SourceLocation.start(source),
                "The workflow file is empty.",
                "Write a mapping with 'name' and 'steps'."));
      }
      return Parsed.of(wf.name(SopParser.fallbackName(source)).build(), diags);
    }
    SourceTrees.Result read = trees.read(text, yaml, source, 0, CoreRule.STRUCTURED_SYNTAX);
    diags.addAll(read.diagnostics());
    YamlNode root = read.root().orElse(null);
    if (root == null || !root.isMapping()) {
      if (root != null) {
        diags.add(
            Diagnostic.of(
                CoreRule.STRUCTURED_SCHEMA,
                SourceLocation.of(source, root.line(), root.column()),
                "The workflow must be a mapping, not " + root.describe() + ".",
                "Write a mapping with 'name' and 'steps'."));
      }
      return Parsed.of(wf.name(SopParser.fallbackName(source)).build(), diags);
    }
    Map<String, String> keys = normalizedKeys(root, WORKFLOW_KEYS, source, diags);
    String title = scalar(root, keys.get("title"), source, diags);
    String name = scalar(root, keys.get("name"), source, diags);
    if (name == null) {
      diags.add(
          Diagnostic.of(
              CoreRule.STRUCTURED_SCHEMA,
              SourceLocation.of(source, root.line(), root.column()),
              "The workflow has no 'name'; one is derived from the title or file.",
              "Add 'name: my-workflow'."));
      name = title != null ? Slug.of(title, 64) : SopParser.fallbackName(source);
    } else if (!Slug.isKebab(name)) {
      String slug = Slug.of(name, 64);
      diags.add(
          Diagnostic.of(
              CoreRule.WORKFLOW_NAME,
              SopFrontMatter.loc(root, keys.get("name"), source),
              "Workflow name '" + name + "' is not kebab-case; '" + slug + "' is used.",
              "Write the name in lower case with hyphens."));
      name = slug.isEmpty() ? SopParser.fallbackName(source) : slug;
    }
    wf.name(name);
    if (title != null) {
      wf.title(title);
    }
    Optional.ofNullable(scalar(root, keys.get("description"), source, diags))
        .ifPresent(wf::description);
    Optional.ofNullable(scalar(root, keys.get("owner"), source, diags)).ifPresent(wf::owner);
    Optional.ofNullable(scalar(root, keys.get("version"), source, diags)).ifPresent(wf::version);
    Optional.ofNullable(scalar(root, keys.get("ethos"), source, diags)).ifPresent(wf::ethos);
    Optional.ofNullable(scalar(root, keys.get("domain"), source, diags)).ifPresent(wf::domain);
    Long perDay =
        count(root, keys.get("runsperday"), SopFrontMatter.MAX_RUNS_PER_DAY, source, diags);
    if (perDay != null) {
      wf.runsPerDay(perDay);
    }
    Long perMonth =
        count(root, keys.get("runspermonth"), SopFrontMatter.MAX_RUNS_PER_DAY * 31, source, diags);
    if (perMonth != null) {
      wf.runsPerMonth(perMonth);
    }
    String mode = scalar(root, keys.get("mode"), source, diags);
    if (mode != null) {
      Optional<CostMode> m = Enums.find(CostMode.class, mode);
      if (m.isPresent()) {
        wf.mode(m.get());
      } else {
        schema(
            root,
            keys.get("mode"),
            "mode must be one of " + Enums.ids(CostMode.class),
            source,
            diags);
      }
    }
    String memory = scalar(root, keys.get("memory"), source, diags);
    if (memory != null) {
      Optional<MemoryScope> m = Enums.find(MemoryScope.class, memory);
      if (m.isPresent()) {
        wf.memory(m.get());
      } else {
        schema(
            root,
            keys.get("memory"),
            "memory must be session, persistent or shared",
            source,
            diags);
      }
    }
    if (keys.get("budget") != null) {
      wf.budget(
          SopFrontMatter.budget(
              root.member(keys.get("budget")),
              root,
              source,
              diags,
              CoreRule.STRUCTURED_SCHEMA,
              CoreRule.STRUCTURED_UNKNOWN_FIELD));
    }
    if (keys.get("data") != null) {
      RiskAnnotations.workflowData(
          root.member(keys.get("data")),
          SopFrontMatter.loc(root, keys.get("data"), source),
          CoreRule.STRUCTURED_SCHEMA,
          wf,
          diags);
    }
    YamlNode steps = keys.get("steps") == null ? null : root.member(keys.get("steps"));
    if (steps != null && steps.isNull()) {
      steps = null;
    }
    if (steps != null && !steps.isSequence()) {
      diags.add(
          Diagnostic.of(
              CoreRule.STRUCTURED_SCHEMA,
              SourceLocation.of(source, steps.line(), steps.column()),
              "'steps' must be a list of steps, not " + steps.describe() + ".",
              "Write 'steps:' followed by '- id: ...' items."));
      return Parsed.of(wf.build(), diags);
    }
    if (steps == null || steps.items().isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.NO_STEPS,
              steps == null
                  ? SourceLocation.of(source, root.line(), root.column())
                  : SourceLocation.of(source, steps.line(), steps.column()),
              "The workflow has no steps list.",
              "Add 'steps:' with at least one step."));
      return Parsed.of(wf.build(), diags);
    }
    List<YamlNode> items = steps.items();
    if (items.size() > limits.maxSteps()) {
      YamlNode first = items.get(limits.maxSteps());
      diags.add(
          Diagnostic.of(
              CoreRule.INPUT_TOO_MANY_STEPS,
              SourceLocation.of(source, first.line(), first.column()),
              "The workflow has "
                  + items.size()
                  + " steps; the limit is "
                  + limits.maxSteps()
                  + ". Steps from here on are not read.",
              "Split the workflow, or raise Limits.maxSteps."));
      items = items.subList(0, limits.maxSteps());
    }
    wf.addAllSteps(steps(items, source, diags));
    return Parsed.of(wf.build(), diags);
  }

  private List<Step> steps(List<YamlNode> items, String source, List<Diagnostic> diags) {
    List<Step> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Long> outputs = new HashMap<>();
    List<ImmutableStep.Builder> builders = new ArrayList<>();
    int position = 0;
    for (YamlNode item : items) {
      position++;
      SourceLocation at = SourceLocation.of(source, item.line(), item.column());
      if (!item.isMapping()) {
        diags.add(
            Diagnostic.of(
                CoreRule.STRUCTURED_SCHEMA,
                at,
                "Step "
                    + position
                    + " must be a mapping, not "
                    + item.describe()
                    + "; it is skipped.",
                "Write id, title, kind and the other step fields."));
        continue;
      }
      Map<String, String> keys = normalizedKeys(item, STEP_KEYS, source, diags);
      ImmutableStep.Builder b =
          Step.builder().position(SourcePosition.of(item.line(), item.column()));
      Annotations.Pending pending = new Annotations.Pending();
      String title = scalar(item, keys.get("title"), source, diags);
      String id = scalar(item, keys.get("id"), source, diags);
      if (title == null) {
        title = id != null ? id : "Step " + position;
      }
      b.title(title);
      Optional.ofNullable(scalar(item, keys.get("instructions"), source, diags))
          .ifPresent(b::instructions);
      boolean kindSet = false;
      for (Map.Entry<String, String> k : keys.entrySet()) {
        String norm = k.getKey();
        String actual = k.getValue();
        YamlNode v = item.member(actual);
        SourceLocation vat = SopFrontMatter.loc(item, actual, source);
        switch (norm) {
          case "id":
            // an explicit id is the step's id, whatever its title (kebab-cased, with a
            // diagnostic when that changes it)
            if (id != null) {
              Annotations.apply("id", id, vat, b, pending, diags);
            }
            break;
          case "title":
          case "instructions":
            break;
          case "inputtokens":
          case "outputtokens":
            {
              Long n = count(item, actual, Sizes.MAX_TOKENS, source, diags);
              if (n != null) {
                if (norm.equals("inputtokens")) {
                  b.inputTokens(TokenCount.declared(n));
                } else {
                  b.outputTokens(TokenCount.declared(n));
                }
              }
              break;
            }
          case "structuredoutput":
            b.structuredOutput(v.isValue() && v.text().strip().equalsIgnoreCase("true"));
            break;
          case "dependson":
          case "after":
            pending.afterDeclared = true;
            for (String ref : listOf(v)) {
              if (!ref.equalsIgnoreCase("none")) {
                pending.after.add(ref);
              }
            }
            break;
          case "latencyseconds":
            Annotations.apply("latency", text(v) + "s", vat, b, pending, diags);
            break;
          case "cache":
            if (v.isMapping()) {
              YamlNode d = v.member("description");
              YamlNode t = v.member("tokens");
              Annotations.apply(
                  "cache",
                  (d == null ? "prompt prefix" : text(d))
                      + ", "
                      + (t == null ? "" : text(t))
                      + " tokens",
                  vat,
                  b,
                  pending,
                  diags);
            } else {
              Annotations.apply("cache", text(v), vat, b, pending, diags);
            }
            break;
          default:
            {
              String key = Annotations.canonical(norm);
              if (key == null) {
                break;
              }
              String value = v.isSequence() ? String.join(", ", listOf(v)) : text(v);
              if (value == null) {
                schema(
                    item,
                    actual,
                    "'" + actual + "' must be a value or a list, not " + v.describe(),
                    source,
                    diags);
                break;
              }
              // a list is passed as its items, so that an item holding a comma stays one item
              boolean ok =
                  v.isSequence() && Annotations.LIST_KEYS.contains(key)
                      ? Annotations.apply(key, "", listOf(v), vat, b, pending, diags)
                      : Annotations.apply(key, value, vat, b, pending, diags);
              if (key.equals("kind") && ok) {
                kindSet = true;
              }
            }
        }
      }
      if (!kindSet) {
        diags.add(
            Diagnostic.of(
                CoreRule.STRUCTURED_SCHEMA,
                at,
                "Step " + position + " has no valid 'kind'; 'llm' is assumed.",
                "Add kind: one of " + Enums.ids(StepKind.class) + "."));
        b.kind(StepKind.LLM).kindDeclared(false);
      }
      String stepId = pending.id != null ? pending.id : Slug.id(title, 6, 48);
      if (stepId.isEmpty()) {
        stepId = "step-" + position;
      }
      if (!ids.add(stepId)) {
        String renamed = Slug.unique(stepId, ids);
        diags.add(
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
        b.addAllDependsOn(new java.util.LinkedHashSet<>(pending.after));
      } else if (!builders.isEmpty()) {
        String prev = builders.get(builders.size() - 1).build().id();
        b.addDependsOn(prev).dependenciesDeclared(false);
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_DEPENDENCY,
                at,
                "Step '" + stepId + "' has no dependsOn; it is taken to follow '" + prev + "'.",
                "Add 'dependsOn: []' for a start step, or the ids it needs."));
      }
      builders.add(b);
    }
    for (ImmutableStep.Builder b : builders) {
      Step s = b.build();
      outputs.put(
          s.id(),
          s.outputTokens().declared() ? s.outputTokens().tokens() : TokenEstimates.output(s));
    }
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
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_TOKENS,
                SourceLocation.of(source, s.position().line(), s.position().column()),
                "Step '" + s.id() + "' has no inputTokens or outputTokens; they are estimated.",
                "Add inputTokens and outputTokens."));
      }
      out.add(nb.build());
    }
    return out;
  }

  /** Maps normalized keys (lower case, no separators) to the keys as written. */
  private static Map<String, String> normalizedKeys(
      YamlNode map, List<String> known, String source, List<Diagnostic> diags) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      String key = e.name();
      String norm = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
      if (!known.contains(norm)) {
        String near = Similarity.nearestOne(norm, known);
        diags.add(
            Diagnostic.of(
                CoreRule.STRUCTURED_UNKNOWN_FIELD,
                SopFrontMatter.loc(map, key, source),
                "Unknown field '" + key + "'; it is ignored.",
                near == null
                    ? "See the workflow JSON Schema for the fields."
                    : "Did you mean '" + near + "'?"));
        continue;
      }
      out.put(norm, key);
    }
    return out;
  }

  private static String scalar(YamlNode map, String key, String source, List<Diagnostic> diags) {
    if (key == null) {
      return null;
    }
    YamlNode v = map.member(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isScalar()) {
      schema(map, key, "'" + key + "' must be a single value, not " + v.describe(), source, diags);
      return null;
    }
    String t = v.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static Long count(
      YamlNode map, String key, long max, String source, List<Diagnostic> diags) {
    if (key == null) {
      return null;
    }
    YamlNode v = map.member(key);
    if (v == null || v.isNull()) {
      return null;
    }
    UserNumbers.Read n = v.isValue() ? UserNumbers.whole(v.text(), max) : null;
    if (n == null || !n.ok()) {
      schema(
          map,
          key,
          "'"
              + key
              + "' must be a whole number from 0 to "
              + String.format(Locale.ROOT, "%,d", max)
              + ", not "
              + v.describe()
              + (n == null ? "" : " (it " + n.problem() + ")"),
          source,
          diags);
      return null;
    }
    return n.value().get().longValueExact();
  }

  private static String text(YamlNode v) {
    return v.isValue() ? v.text() : null;
  }

  private static List<String> listOf(YamlNode v) {
    List<String> out = new ArrayList<>();
    if (v.isSequence()) {
      for (YamlNode n : v.items()) {
        if (n.isValue()) {
          out.add(n.text().strip());
        }
      }
    } else if (v.isValue()) {
      out.addAll(Annotations.splitList(v.text()));
    }
    return out;
  }

  private static void schema(
      YamlNode map, String key, String message, String source, List<Diagnostic> diags) {
    diags.add(
        Diagnostic.of(
            CoreRule.STRUCTURED_SCHEMA,
            SopFrontMatter.loc(map, key, source),
            message + "; it is ignored."));
  }
}
