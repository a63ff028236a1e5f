package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableTokenCount;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The legacy v0.1 {@code skill:} mapping of a SKILL.md: its fields and steps, with the tokens of
 * its {@code cost_estimate} split evenly over the steps.
 */
final class LegacySkill {
  private LegacySkill() {}

  /** The model block of a legacy skill: its primary, fallbacks and whether batch is allowed. */
  private record ModelBlock(Optional<String> primary, List<String> fallbacks, boolean batch) {}

  /** Reads the {@code skill:} mapping of {@code root} into {@code b}; true when it gave steps. */
  static boolean read(
      ImmutableWorkflow.Builder b, YamlNode root, String source, List<Diagnostic> diags) {
    Optional<YamlNode> legacy = root.get("skill").filter(YamlNode::isMapping);
    if (legacy.isEmpty()) {
      return false;
    }
    YamlNode l = legacy.get();
    l.string("description").ifPresent(b::description);
    l.string("owner").ifPresent(b::owner);
    l.string("version").ifPresent(b::version);
    l.string("ethos_reference").ifPresent(b::ethos);
    l.string("name").ifPresent(b::title);
    Optional<YamlNode> modelBlock = l.get("model").filter(YamlNode::isMapping);
    ModelBlock model =
        new ModelBlock(
            modelBlock.flatMap(m -> m.string("primary")),
            modelBlock
                .flatMap(m -> m.get("fallback"))
                .map(SkillMdWorkflowParser::list)
                .orElse(List.of()),
            modelBlock.flatMap(m -> m.string("mode")).filter("batch"::equals).isPresent());
    Optional<YamlNode> steps = l.get("steps").filter(YamlNode::isSequence);
    if (steps.isEmpty()) {
      return false;
    }
    List<YamlNode> items = new ArrayList<>();
    for (YamlNode item : steps.get().items()) {
      if (item.isMapping() && item.string("id").isPresent()) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      return false;
    }
    Optional<YamlNode> estimate = l.get("cost_estimate").filter(YamlNode::isMapping);
    b.steps(steps(items, model, estimate, source, diags));
    return true;
  }

  private static List<Step> steps(
      List<YamlNode> items,
      ModelBlock model,
      Optional<YamlNode> estimate,
      String source,
      List<Diagnostic> diags) {
    OptionalLong inputTotal = tokens(estimate, "input_tokens");
    OptionalLong outputTotal = tokens(estimate, "output_tokens");
    int n = items.size();
    String method =
        "declared for the whole skill in cost_estimate, split evenly over "
            + n
            + (n == 1 ? " step" : " steps");
    List<Step> out = new ArrayList<>();
    Map<String, Long> outputs = new HashMap<>();
    String previous = null;
    for (int i = 0; i < n; i++) {
      YamlNode item = items.get(i);
      String id = Names.kebab(item.string("id").get(), 64);
      ImmutableStep.Builder sb = step(item, id, model);
      if (previous != null) {
        sb.addDependsOn(previous).dependenciesDeclared(false);
      }
      if (inputTotal.isPresent()) {
        sb.inputTokens(share(inputTotal.getAsLong(), n, i, method));
      }
      if (outputTotal.isPresent()) {
        sb.outputTokens(share(outputTotal.getAsLong(), n, i, method));
      }
      Step st = sb.build();
      if (!st.outputTokens().declared()) {
        st =
            Step.builder()
                .from(st)
                .outputTokens(
                    TokenCount.estimated(
                        TokenEstimates.output(st), TokenEstimates.outputMethod(st)))
                .build();
      }
      outputs.put(id, st.outputTokens().tokens());
      out.add(st);
      previous = id;
    }
    List<Step> estimated = new ArrayList<>(n);
    for (Step st : out) {
      estimated.add(inputEstimated(st, outputs, source, diags));
    }
    return estimated;
  }

  /** A legacy step's own fields, on the skill's model unless it overrides it. */
  private static ImmutableStep.Builder step(YamlNode item, String id, ModelBlock model) {
    ImmutableStep.Builder sb =
        Step.builder()
            .id(id)
            .title(item.string("name").orElse(id))
            .kind(StepKind.LLM)
            .kindDeclared(false)
            .position(SourcePosition.of(item.line(), item.column()))
            .instructions(item.string("description").orElse(""));
    item.string("input").ifPresent(sb::inputDescription);
    item.string("output").ifPresent(sb::outputDescription);
    item.string("model_override").or(model::primary).ifPresent(sb::model);
    if (item.string("model_override").isEmpty()) {
      sb.fallbacks(model.fallbacks());
    }
    if (model.batch()) {
      sb.batchAllowed(true);
    }
    return sb;
  }

  private static Step inputEstimated(
      Step st, Map<String, Long> outputs, String source, List<Diagnostic> diags) {
    if (!st.inputTokens().declared()) {
      st =
          Step.builder()
              .from(st)
              .inputTokens(
                  TokenCount.estimated(
                      TokenEstimates.input(st, outputs), TokenEstimates.inputMethod(st)))
              .build();
    }
    if (!st.inputTokens().declared() || !st.outputTokens().declared()) {
      diags.add(
          Diagnostic.of(
              CoreRule.INFER_TOKENS,
              SourceLocation.of(source, st.position().line(), st.position().column()),
              "Step '" + st.id() + "' has no size in cost_estimate; its tokens are estimated.",
              "Add input_tokens and output_tokens to cost_estimate."));
    }
    return st;
  }

  /** A count of tokens in {@code cost_estimate}, within the limit of one step. */
  private static OptionalLong tokens(Optional<YamlNode> estimate, String key) {
    return estimate
        .flatMap(e -> e.string(key))
        .map(t -> UserNumbers.wholeValue(t, Sizes.MAX_TOKENS))
        .orElse(OptionalLong.empty());
  }

  /** Step {@code i} of {@code n}'s share of {@code total}: even, the remainder to the first. */
  private static TokenCount share(long total, int n, int i, String method) {
    long each = total / n + (i < total % n ? 1 : 0);
    return ImmutableTokenCount.builder().tokens(each).declared(true).method(method).build();
  }
}
