package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
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
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
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
      w = SkillStatedSizes.apply(w, body, source, bodyDiags);
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
      if (LegacySkill.read(b, skill.get().root(), source, bodyDiags)) {
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

  /** The items of a list node, or of a comma list in a value. */
  static List<String> list(YamlNode n) {
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

  private static Optional<Long> number(String s) {
    OptionalLong n = UserNumbers.wholeValue(s, SopFrontMatter.MAX_RUNS_PER_DAY * 31);
    return n.isPresent() && n.getAsLong() > 0 ? Optional.of(n.getAsLong()) : Optional.empty();
  }

  private static Optional<BigDecimal> decimal(String s) {
    return UserNumbers.usdValue(s);
  }
}
