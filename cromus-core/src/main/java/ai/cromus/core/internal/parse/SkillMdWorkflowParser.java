package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.spec.FrontMatter;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.internal.spec.Sidecar;
import ai.cromus.core.internal.spec.SidecarChecker;
import ai.cromus.core.internal.spec.SkillChecker;
import ai.cromus.core.internal.spec.YamlNode;
import ai.cromus.core.internal.spec.YamlReader;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.ImmutableBudget;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a SKILL.md into a workflow. With its {@code cromus.yaml} sidecar the steps, volume, budget
 * and governance come from the sidecar (the form Cromus generates, which reads back to the same
 * workflow); without it, the Markdown body is read as an SOP ({@code ## Step N — Title} sections)
 * and the front matter's name, description and Cromus {@code metadata} keys fill in the rest. The
 * legacy v0.1 {@code skill:} schema is read too. The diagnostics are the open-spec validator's,
 * plus those of the body's SOP parse.
 */
final class SkillMdWorkflowParser {
  private static final java.util.regex.Pattern POSITIVE =
      java.util.regex.Pattern.compile("[1-9]\\d{0,15}");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

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
      YamlReader.Result r =
          YamlReader.read(sidecarText.get(), 1, 1, limits.maxInputChars(), limits.maxNesting());
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
    diags.addAll(fromBody.diagnostics());
    Workflow w = fromBody.value();
    ImmutableWorkflow.Builder b =
        Workflow.builder().from(w).name(name).format(SourceFormat.SKILL_MD);
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
      legacy(b, skill.get());
    }
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

  /** The legacy v0.1 {@code skill:} mapping: its fields and steps. */
  private static void legacy(ImmutableWorkflow.Builder b, SkillChecker.Skill s) {
    Optional<YamlNode> legacy = s.root().get("skill").filter(YamlNode::isMapping);
    if (legacy.isEmpty()) {
      return;
    }
    YamlNode l = legacy.get();
    l.string("description").ifPresent(b::description);
    l.string("owner").ifPresent(b::owner);
    l.string("version").ifPresent(b::version);
    l.string("ethos_reference").ifPresent(b::ethos);
    l.string("name").ifPresent(b::title);
    Optional<String> primary =
        l.get("model").filter(YamlNode::isMapping).flatMap(m -> m.string("primary"));
    Optional<YamlNode> steps = l.get("steps").filter(YamlNode::isSequence);
    if (steps.isEmpty()) {
      return;
    }
    List<Step> out = new ArrayList<>();
    String previous = null;
    for (YamlNode item : steps.get().items()) {
      if (!item.isMapping() || item.string("id").isEmpty()) {
        continue;
      }
      String id = Names.kebab(item.string("id").get(), 64);
      var sb =
          Step.builder()
              .id(id)
              .title(item.string("name").orElse(id))
              .kind(StepKind.LLM)
              .kindDeclared(false)
              .instructions(item.string("description").orElse(""));
      item.string("input").ifPresent(sb::inputDescription);
      item.string("output").ifPresent(sb::outputDescription);
      Optional<String> model = item.string("model_override").or(() -> primary);
      model.ifPresent(sb::model);
      if (previous != null) {
        sb.addDependsOn(previous).dependenciesDeclared(false);
      }
      out.add(sb.build());
      previous = id;
    }
    if (!out.isEmpty()) {
      b.steps(out);
    }
  }

  private static Optional<Long> number(String s) {
    if (s == null || !POSITIVE.matcher(s.trim()).matches()) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(s.trim()));
  }

  private static Optional<BigDecimal> decimal(String s) {
    if (s == null || !DECIMAL.matcher(s.trim()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.trim()));
  }
}
