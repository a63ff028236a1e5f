package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    YamlNode root = root(source, raw, yaml, diags);
    if (root == null) {
      return Parsed.of(wf.name(SopParser.fallbackName(source)).build(), diags);
    }
    StructuredFields f = new StructuredFields(source, diags);
    Map<String, String> keys = f.normalizedKeys(root, WORKFLOW_KEYS);
    names(root, keys, wf, f);
    settings(root, keys, wf, f);
    List<YamlNode> items = stepItems(root, keys, f);
    if (items != null) {
      wf.addAllSteps(StructuredSteps.read(items, f));
    }
    return Parsed.of(wf.build(), diags);
  }

  /** The top mapping of the file, or null (with a diagnostic) when there is none. */
  private YamlNode root(String source, String raw, boolean yaml, List<Diagnostic> diags) {
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
      return null;
    }
    SourceTrees.Result read = trees.read(text, yaml, source, 0, CoreRule.STRUCTURED_SYNTAX);
    diags.addAll(read.diagnostics());
    YamlNode root = read.root().orElse(null);
    if (root != null && !root.isMapping()) {
      diags.add(
          Diagnostic.of(
              CoreRule.STRUCTURED_SCHEMA,
              SourceLocation.of(source, root.line(), root.column()),
              "The workflow must be a mapping, not " + root.describe() + ".",
              "Write a mapping with 'name' and 'steps'."));
      return null;
    }
    return root;
  }

  /** The workflow's name (kebab-case, derived when missing) and title. */
  private static void names(
      YamlNode root, Map<String, String> keys, ImmutableWorkflow.Builder wf, StructuredFields f) {
    String source = f.source();
    String title = f.scalar(root, keys.get("title"));
    String name = f.scalar(root, keys.get("name"));
    if (name == null) {
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.STRUCTURED_SCHEMA,
                  SourceLocation.of(source, root.line(), root.column()),
                  "The workflow has no 'name'; one is derived from the title or file.",
                  "Add 'name: my-workflow'."));
      name = title != null ? Slug.of(title, 64) : SopParser.fallbackName(source);
    } else if (!Slug.isKebab(name)) {
      String slug = Slug.of(name, 64);
      f.diags()
          .add(
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
  }

  /** Everything else the workflow states: text fields, volumes, mode, memory and budget. */
  private static void settings(
      YamlNode root, Map<String, String> keys, ImmutableWorkflow.Builder wf, StructuredFields f) {
    Optional.ofNullable(f.scalar(root, keys.get("description"))).ifPresent(wf::description);
    Optional.ofNullable(f.scalar(root, keys.get("owner"))).ifPresent(wf::owner);
    Optional.ofNullable(f.scalar(root, keys.get("version"))).ifPresent(wf::version);
    Optional.ofNullable(f.scalar(root, keys.get("ethos"))).ifPresent(wf::ethos);
    Optional.ofNullable(f.scalar(root, keys.get("domain"))).ifPresent(wf::domain);
    Optional.ofNullable(f.count(root, keys.get("runsperday"), SopFrontMatter.MAX_RUNS_PER_DAY))
        .ifPresent(wf::runsPerDay);
    Optional.ofNullable(
            f.count(root, keys.get("runspermonth"), SopFrontMatter.MAX_RUNS_PER_DAY * 31))
        .ifPresent(wf::runsPerMonth);
    String mode = f.scalar(root, keys.get("mode"));
    if (mode != null) {
      Optional<CostMode> m = Enums.find(CostMode.class, mode);
      if (m.isPresent()) {
        wf.mode(m.get());
      } else {
        f.schema(root, keys.get("mode"), "mode must be one of " + Enums.ids(CostMode.class));
      }
    }
    String memory = f.scalar(root, keys.get("memory"));
    if (memory != null) {
      Optional<MemoryScope> m = Enums.find(MemoryScope.class, memory);
      if (m.isPresent()) {
        wf.memory(m.get());
      } else {
        f.schema(root, keys.get("memory"), "memory must be session, persistent or shared");
      }
    }
    if (keys.get("budget") != null) {
      wf.budget(
          SopFrontMatter.budget(
              root.member(keys.get("budget")),
              root,
              f.source(),
              f.diags(),
              CoreRule.STRUCTURED_SCHEMA,
              CoreRule.STRUCTURED_UNKNOWN_FIELD));
    }
    if (keys.get("data") != null) {
      RiskAnnotations.workflowData(
          root.member(keys.get("data")),
          SopFrontMatter.loc(root, keys.get("data"), f.source()),
          CoreRule.STRUCTURED_SCHEMA,
          wf,
          f.diags());
    }
  }

  /**
   * The items of the {@code steps} list, at most {@link Limits#maxSteps()}; null (with a
   * diagnostic) when there is no list or it is empty.
   */
  private List<YamlNode> stepItems(YamlNode root, Map<String, String> keys, StructuredFields f) {
    String source = f.source();
    YamlNode steps = keys.get("steps") == null ? null : root.member(keys.get("steps"));
    if (steps != null && steps.isNull()) {
      steps = null;
    }
    if (steps != null && !steps.isSequence()) {
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.STRUCTURED_SCHEMA,
                  SourceLocation.of(source, steps.line(), steps.column()),
                  "'steps' must be a list of steps, not " + steps.describe() + ".",
                  "Write 'steps:' followed by '- id: ...' items."));
      return null;
    }
    if (steps == null || steps.items().isEmpty()) {
      f.diags()
          .add(
              Diagnostic.of(
                  CoreRule.NO_STEPS,
                  steps == null
                      ? SourceLocation.of(source, root.line(), root.column())
                      : SourceLocation.of(source, steps.line(), steps.column()),
                  "The workflow has no steps list.",
                  "Add 'steps:' with at least one step."));
      return null;
    }
    List<YamlNode> items = steps.items();
    if (items.size() > limits.maxSteps()) {
      YamlNode first = items.get(limits.maxSteps());
      f.diags()
          .add(
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
    return items;
  }
}
