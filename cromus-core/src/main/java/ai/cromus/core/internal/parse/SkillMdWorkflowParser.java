package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.internal.spec.Sidecar;
import ai.cromus.core.internal.spec.SidecarChecker;
import ai.cromus.core.internal.spec.SkillChecker;
import ai.cromus.core.internal.spec.YamlChecks;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.ImmutableBudget;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.workflow.ImmutableTokenCount;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a SKILL.md into a workflow. With its {@code cromus.yaml} sidecar the steps, volume, budget
 * and governance come from the sidecar (the form Cromus generates, which reads back to the same
 * workflow); without it, the Markdown body is read as an SOP ({@code ## Step N — Title} sections)
 * and the front matter's name, description and Cromus {@code metadata} keys fill in the rest. The
 * legacy v0.1 {@code skill:} schema is read too. The diagnostics are the open-spec validator's,
 * plus those of the body's SOP parse.
 */
final class SkillMdWorkflowParser {

  private final Limits limits;
  private final SopParser sop;

  SkillMdWorkflowParser(Limits limits, SopParser sop) {
    this.limits = limits;
    this.sop = sop;
  }

  Parsed<Workflow> parse(String source, String raw, Optional<String> sidecarText) {
    List<Diagnostic> diags = new ArrayList<>();
    String text = TextInput.normalize(raw, source, limits, diags);
    if (text == null) {
      return Parsed.of(
          Workflow.builder()
              .name(SopParser.fallbackName(source))
              .source(source)
              .format(SourceFormat.SKILL_MD)
              .build(),
          diags);
    }
    SkillChecker.Result checked =
        SkillChecker.check(source, text, sidecarText.isPresent(), EthosProfiles.stems(), limits);
    diags.addAll(checked.diagnostics());
    Optional<SkillChecker.Skill> skill = checked.skill();
    String name =
        skill
            .map(SkillChecker.Skill::name)
            .filter(n -> !n.isBlank())
            .map(n -> Names.kebab(n, 64))
            .orElse(SopParser.fallbackName(source));
    if (sidecarText.isPresent()) {
      String sidecarPath = SkillChecker.sidecarPath(source);
      diags.addAll(
          SidecarChecker.check(
              sidecarPath,
              sidecarText.get(),
              skill.map(SkillChecker.Skill::name).orElse(""),
              limits));
      YamlReader.Document r = YamlChecks.read(sidecarText.get(), 1, 1, limits);
      Optional<YamlNode> root = r.root().filter(YamlNode::isMapping);
      if (root.isPresent() && root.get().get("steps").isPresent()) {
        Workflow w = Sidecar.read(root.get(), name, source);
        ImmutableWorkflow.Builder b = Workflow.builder().from(w);
        skill.ifPresent(s -> overlay(b, w, s));
        return Parsed.of(b.build(), diags);
      }
    }
    // no usable sidecar: the body is an SOP; the front matter lines are blanked to keep lines
    Optional<FrontMatter> fm = FrontMatter.skillsRef(text).frontMatter();
    String body = fm.map(f -> blankFrontMatter(text, f)).orElse(text);
    Parsed<Workflow> fromBody = sop.parse(source, body);
    List<Diagnostic> bodyDiags = new ArrayList<>(fromBody.diagnostics());
    Workflow w = fromBody.value();
    ImmutableWorkflow.Builder b =
        Workflow.builder().from(w).name(name).format(SourceFormat.SKILL_MD);
    if (fm.isPresent()) {
      w = stated(w, body, source, bodyDiags);
      b.steps(w.steps());
    }
    if (skill.isPresent()) {
      // the front matter's description is the skill's; the body's lead paragraph is not
      skill
          .get()
          .root()
          .string("description")
          .map(String::strip)
          .filter(d -> !d.isEmpty())
          .ifPresent(b::description);
      overlay(b, b.build(), skill.get());
      if (legacy(b, skill.get(), source, bodyDiags)) {
        // the legacy block holds the steps: the body's "no steps" is not true of the file
        bodyDiags.removeIf(
            d ->
                d.rule().equals(CoreRule.NO_STEPS.id())
                    || d.rule().equals(CoreRule.INPUT_EMPTY.id()));
      } else {
        declaredModels(b, skill.get());
      }
    }
    diags.addAll(bodyDiags);
    return Parsed.of(b.build(), diags);
  }

  private static String blankFrontMatter(String text, FrontMatter f) {
    int end = text.length() - f.body().length();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        sb.append('\n');
      }
    }
    return sb.append(f.body()).toString();
  }

  /** Front matter values fill what the workflow does not state. */
  private static void overlay(ImmutableWorkflow.Builder b, Workflow w, SkillChecker.Skill s) {
    Map<String, String> meta = s.metadata();
    YamlNode root = s.root();
    if (w.description().isEmpty()) {
      root.string("description")
          .map(String::strip)
          .filter(d -> !d.isEmpty())
          .ifPresent(b::description);
    }
    if (w.owner().isEmpty()) {
      Optional.ofNullable(meta.get("owner")).filter(o -> !o.isBlank()).ifPresent(b::owner);
    }
    if (w.version().isEmpty()) {
      Optional.ofNullable(meta.get("version")).filter(v -> !v.isBlank()).ifPresent(b::version);
    }
    if (w.ethos().isEmpty()) {
      Optional.ofNullable(meta.get("ethos_reference"))
          .filter(v -> !v.isBlank())
          .ifPresent(b::ethos);
    }
    if (w.runsPerDay().isEmpty() && w.runsPerMonth().isEmpty()) {
      number(meta.get("cromus-runs-per-day")).ifPresent(b::runsPerDay);
      number(meta.get("cromus-runs-per-month")).ifPresent(b::runsPerMonth);
    }
    if (w.budget().perRun().isEmpty() && w.budget().perMonth().isEmpty()) {
      ImmutableBudget.Builder bb = Budget.builder();
      boolean any = false;
      Optional<BigDecimal> run = decimal(meta.get("cromus-budget-per-run-usd"));
      Optional<BigDecimal> month = decimal(meta.get("cromus-budget-per-month-usd"));
      if (run.isPresent()) {
        bb.perRun(Money.usd(run.get()));
        any = true;
      }
      if (month.isPresent()) {
        bb.perMonth(Money.usd(month.get()));
        any = true;
      }
      if (any) {
        b.budget(bb.build());
      }
    }
  }

  /**
   * The model the author declared for a SKILL.md without its sidecar: {@code
   * metadata.cromus-model-primary}, {@code cromus-model-fallback} (comma-separated) and {@code
   * cromus-model-mode}, else the top-level {@code model:} block ({@code primary}, {@code fallback}
   * as a string or a list, {@code mode}). Every model step that names no model of its own runs on
   * it; {@code mode: batch} allows batch on those steps.
   */
  private static void declaredModels(ImmutableWorkflow.Builder b, SkillChecker.Skill s) {
    Map<String, String> meta = s.metadata();
    Optional<YamlNode> block = s.root().get("model").filter(YamlNode::isMapping);
    Optional<String> primary =
        Optional.ofNullable(meta.get("cromus-model-primary"))
            .map(String::strip)
            .filter(m -> !m.isEmpty())
            .or(() -> block.flatMap(m -> m.string("primary")).map(String::strip));
    if (primary.isEmpty() || primary.get().isEmpty()) {
      return;
    }
    List<String> fallbacks;
    String mode;
    if (meta.containsKey("cromus-model-primary")) {
      fallbacks = Annotations.splitList(meta.getOrDefault("cromus-model-fallback", ""));
      mode = meta.getOrDefault("cromus-model-mode", "standard").strip();
    } else {
      fallbacks =
          block.flatMap(m -> m.get("fallback")).map(SkillMdWorkflowParser::list).orElse(List.of());
      mode = block.flatMap(m -> m.string("mode")).orElse("standard").strip();
    }
    applyModel(b, primary.get(), fallbacks, mode.equals("batch"));
  }

  private static List<String> list(YamlNode n) {
    if (n.isSequence()) {
      List<String> out = new ArrayList<>();
      for (String x : n.strings()) {
        if (!x.isBlank()) {
          out.add(x.strip());
        }
      }
      return out;
    }
    return n.isValue() ? Annotations.splitList(n.text()) : List.of();
  }

  private static void applyModel(
      ImmutableWorkflow.Builder b, String primary, List<String> fallbacks, boolean batch) {
    Workflow w = b.build();
    List<Step> out = new ArrayList<>(w.steps().size());
    for (Step st : w.steps()) {
      if (TokenEstimates.callsModel(st) && st.model().isEmpty()) {
        var sb = Step.builder().from(st).model(primary);
        if (st.fallbacks().isEmpty()) {
          sb.fallbacks(fallbacks);
        }
        if (batch) {
          sb.batchAllowed(true);
        }
        out.add(sb.build());
      } else {
        out.add(st);
      }
    }
    b.steps(out);
  }

  /**
   * The sizes the body of a SKILL.md states, as Cromus writes them and as authors do: a line {@code
   * Input: the customer email (about 900 tokens).} or {@code Output: ...} at the start of a line of
   * the step's section. A size found there is declared (the step's own annotations win); the
   * estimates of the steps that read its output follow.
   */
  private static Workflow stated(Workflow w, String body, String source, List<Diagnostic> diags) {
    String[] lines = body.split("\n", -1);
    List<Step> steps = w.steps();
    List<Step> read = new ArrayList<>(steps.size());
    boolean changed = false;
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      int from = st.position().line();
      int to = i + 1 < steps.size() ? steps.get(i + 1).position().line() - 1 : lines.length;
      if (from < 1 || to < from) {
        read.add(st);
        continue;
      }
      var sb = Step.builder().from(st);
      boolean any = false;
      for (int l = from; l < Math.min(to, lines.length); l++) {
        String line = lines[l];
        boolean input = line.regionMatches(true, 0, "Input:", 0, 6);
        boolean output = line.regionMatches(true, 0, "Output:", 0, 7);
        if (!input && !output) {
          continue;
        }
        String value = line.substring(input ? 6 : 7).strip();
        while (value.endsWith(".")) {
          value = value.substring(0, value.length() - 1).strip();
        }
        Sizes.Size size;
        try {
          size = Sizes.parse(value);
        } catch (IllegalArgumentException e) {
          size = null;
        }
        if (size == null) {
          continue;
        }
        TokenCount t =
            size.unit.equals("tokens")
                ? TokenCount.declared(size.tokens)
                : ImmutableTokenCount.builder()
                    .tokens(size.tokens)
                    .declared(true)
                    .method(Sizes.method(size.unit))
                    .build();
        if (input && !st.inputTokens().declared()) {
          sb.inputTokens(t);
          if (st.inputDescription().isEmpty() && !size.description.isEmpty()) {
            sb.inputDescription(size.description);
          }
          any = true;
        } else if (output && !st.outputTokens().declared()) {
          sb.outputTokens(t);
          if (st.outputDescription().isEmpty() && !size.description.isEmpty()) {
            sb.outputDescription(size.description);
          }
          any = true;
        }
      }
      read.add(any ? sb.build() : st);
      changed |= any;
    }
    if (!changed) {
      return w;
    }
    // the estimates that read a declared size again, and their diagnostics
    Map<String, Long> outputs = new java.util.HashMap<>();
    for (Step st : read) {
      outputs.put(st.id(), st.outputTokens().tokens());
    }
    List<Step> out = new ArrayList<>(read.size());
    java.util.Set<Integer> lines2 = new java.util.HashSet<>();
    for (Step st : read) {
      Step s2 = st;
      if (!st.inputTokens().declared() && TokenEstimates.callsModel(st)) {
        s2 =
            Step.builder()
                .from(st)
                .inputTokens(
                    TokenCount.estimated(
                        TokenEstimates.input(st, outputs), TokenEstimates.inputMethod(st)))
                .build();
      }
      out.add(s2);
      lines2.add(s2.position().line());
    }
    diags.removeIf(d -> d.rule().equals(CoreRule.INFER_TOKENS.id()) && lines2.contains(d.line()));
    for (Step st : out) {
      if (!TokenEstimates.callsModel(st)) {
        continue;
      }
      List<String> estimated = new ArrayList<>();
      if (!st.outputTokens().declared()) {
        estimated.add("output " + st.outputTokens().tokens());
      }
      if (!st.inputTokens().declared()) {
        estimated.add("input " + st.inputTokens().tokens());
      }
      if (!estimated.isEmpty()) {
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_TOKENS,
                SourceLocation.of(source, st.position().line(), st.position().column()),
                "Step '"
                    + st.id()
                    + "' sizes are estimated ("
                    + String.join(" tokens, ", estimated)
                    + " tokens) at "
                    + Sizes.CHARS_PER_TOKEN
                    + " characters per token.",
                "Declare them: 'Input: ... (about N tokens).' and 'Output: ... (about N"
                    + " tokens).'"));
      }
    }
    return Workflow.builder().from(w).steps(out).build();
  }

  /**
   * The legacy v0.1 {@code skill:} mapping: its fields and steps, with the tokens of its {@code
   * cost_estimate} split evenly over the steps. True when it gave the workflow its steps.
   */
  private static boolean legacy(
      ImmutableWorkflow.Builder b, SkillChecker.Skill s, String source, List<Diagnostic> diags) {
    Optional<YamlNode> legacy = s.root().get("skill").filter(YamlNode::isMapping);
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
    Optional<String> primary = modelBlock.flatMap(m -> m.string("primary"));
    List<String> fallbacks =
        modelBlock
            .flatMap(m -> m.get("fallback"))
            .map(SkillMdWorkflowParser::list)
            .orElse(List.of());
    boolean batch = modelBlock.flatMap(m -> m.string("mode")).filter("batch"::equals).isPresent();
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
    OptionalLong inputTotal = tokens(estimate, "input_tokens");
    OptionalLong outputTotal = tokens(estimate, "output_tokens");
    int n = items.size();
    String method =
        "declared for the whole skill in cost_estimate, split evenly over "
            + n
            + (n == 1 ? " step" : " steps");
    List<Step> out = new ArrayList<>();
    Map<String, Long> outputs = new java.util.HashMap<>();
    String previous = null;
    for (int i = 0; i < n; i++) {
      YamlNode item = items.get(i);
      String id = Names.kebab(item.string("id").get(), 64);
      var sb =
          Step.builder()
              .id(id)
              .title(item.string("name").orElse(id))
              .kind(StepKind.LLM)
              .kindDeclared(false)
              .position(ai.cromus.core.workflow.SourcePosition.of(item.line(), item.column()))
              .instructions(item.string("description").orElse(""));
      item.string("input").ifPresent(sb::inputDescription);
      item.string("output").ifPresent(sb::outputDescription);
      Optional<String> model = item.string("model_override").or(() -> primary);
      model.ifPresent(sb::model);
      if (item.string("model_override").isEmpty()) {
        sb.fallbacks(fallbacks);
      }
      if (batch) {
        sb.batchAllowed(true);
      }
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
      estimated.add(st);
    }
    b.steps(estimated);
    return true;
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

  private static Optional<Long> number(String s) {
    OptionalLong n = UserNumbers.wholeValue(s, SopFrontMatter.MAX_RUNS_PER_DAY * 31);
    return n.isPresent() && n.getAsLong() > 0 ? Optional.of(n.getAsLong()) : Optional.empty();
  }

  private static Optional<BigDecimal> decimal(String s) {
    return UserNumbers.usdValue(s);
  }
}
