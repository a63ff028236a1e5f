package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.ValidationMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validates a {@code cromus.yaml} sidecar against the schema {@link Sidecar} writes. */
public final class SidecarChecker {
  static final Set<String> TOP =
      Set.of(
          "schema", "skill", "workflow", "model", "steps", "cost_envelope", "governance", "agents");
  static final Set<String> WORKFLOW =
      Set.of(
          "title",
          "description",
          "owner",
          "version",
          "domain",
          "runs_per_day",
          "runs_per_month",
          "mode",
          "memory",
          "budget",
          "source",
          "data",
          "extra");
  static final Set<String> STEP =
      Set.of(
          "id",
          "title",
          "kind",
          "kind_declared",
          "instructions",
          "input",
          "output",
          "structured_output",
          "model",
          "fallbacks",
          "tier",
          "retries",
          "validation",
          "depends_on",
          "dependencies_declared",
          "loop_bound",
          "unbounded_loop",
          "turns",
          "unbounded_turns",
          "tool_result",
          "fee_usd",
          "tool_fee_usd",
          "builtin_tools",
          "tools",
          "cache",
          "batch_allowed",
          "latency_budget_seconds",
          "approver",
          "condition",
          "reasoning",
          "effect",
          "trust",
          "data",
          "extra",
          "position");
  static final Set<String> GOVERNANCE =
      Set.of(
          "ethos_reference",
          "ethos_alignment",
          "memory_reference",
          "owner",
          "approved",
          "approved_date",
          "source_document",
          "review_cadence");
  static final Set<String> ENVELOPE =
      Set.of(
          "plan",
          "mode",
          "per_run_usd",
          "per_month_usd",
          "runs_per_month",
          "latency_seconds",
          "failure_risk",
          "catalog_version",
          "budget_per_run_usd",
          "budget_per_month_usd");

  private final Findings out;

  private SidecarChecker(String path) {
    this.out = new Findings(path);
  }

  /** Checks the sidecar text; {@code skillName} is the SKILL.md's name (empty if unknown). */
  public static List<Diagnostic> check(String path, String text, String skillName, Limits limits) {
    SidecarChecker c = new SidecarChecker(path);
    c.run(text, skillName, limits);
    return c.out.sorted();
  }

  private void run(String text, String skillName, Limits limits) {
    YamlReader.Document r = YamlChecks.read(text, 1, 1, limits);
    if (r.failure().isPresent()) {
      YamlChecks.problem(r.failure().get(), out, SpecRule.SKILL_SIDECAR_SYNTAX, "cromus.yaml");
      return;
    }
    if (r.root().isEmpty() || !r.root().get().isMapping()) {
      out.add(
          SpecRule.SKILL_SIDECAR_SYNTAX,
          1,
          1,
          "cromus.yaml is not a YAML mapping.",
          "Write schema:, skill:, steps: and the other sections as top-level keys.");
      return;
    }
    YamlNode root = r.root().get();
    YamlChecks.duplicates(root, out, SpecRule.SKILL_SIDECAR_SYNTAX);
    unknown(root, TOP, "");
    root.get("skill").ifPresent(s -> skill(s, skillName));
    root.get("workflow").ifPresent(this::workflow);
    root.get("model").ifPresent(this::model);
    root.get("steps").ifPresent(this::steps);
    root.get("cost_envelope").ifPresent(this::costEnvelope);
    root.get("governance").ifPresent(this::governance);
  }

  private void skill(YamlNode s, String skillName) {
    if (!s.isScalar() || (!skillName.isEmpty() && !s.text().trim().equals(skillName))) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          s,
          "cromus.yaml is for skill "
              + (s.isScalar() ? YamlChecks.quote(s.text()) : "?")
              + " but SKILL.md is named '"
              + skillName
              + "'.",
          "Set skill: " + skillName + " in cromus.yaml.");
    }
  }

  private void workflow(YamlNode w) {
    if (mapping(w, "workflow")) {
      unknown(w, WORKFLOW, "workflow.");
      w.get("mode").ifPresent(m -> enumValue(m, "workflow.mode", CostMode.class));
      w.get("memory").ifPresent(m -> enumValue(m, "workflow.memory", MemoryScope.class));
      w.get("data").ifPresent(d -> enumList(d, "workflow.data", DataClass.class));
      w.get("runs_per_day")
          .ifPresent(n -> integer(n, "workflow.runs_per_day", Sidecar.MAX_RUNS_PER_DAY));
      w.get("runs_per_month")
          .ifPresent(n -> integer(n, "workflow.runs_per_month", Sidecar.MAX_RUNS_PER_DAY * 31));
      w.get("budget")
          .filter(b -> mapping(b, "workflow.budget"))
          .ifPresent(
              b -> {
                b.get("per_run_usd").ifPresent(n -> usd(n, "workflow.budget.per_run_usd"));
                b.get("per_month_usd").ifPresent(n -> usd(n, "workflow.budget.per_month_usd"));
              });
    }
  }

  private void model(YamlNode m) {
    if (mapping(m, "model")) {
      m.get("mode")
          .filter(
              x ->
                  !(x.isScalar()
                      && List.of("standard", "batch", "streaming").contains(x.text().trim())))
          .ifPresent(
              x ->
                  out.add(
                      SpecRule.SKILL_SIDECAR_VALUE,
                      x,
                      "model.mode must be standard, batch or streaming.",
                      "Write mode: standard."));
    }
  }

  private void costEnvelope(YamlNode c) {
    if (mapping(c, "cost_envelope")) {
      unknown(c, ENVELOPE, "cost_envelope.");
      for (String k :
          List.of("per_run_usd", "per_month_usd", "budget_per_run_usd", "budget_per_month_usd")) {
        c.get(k).ifPresent(n -> usd(n, "cost_envelope." + k));
      }
      for (String k : List.of("latency_seconds", "failure_risk")) {
        c.get(k).ifPresent(n -> decimal(n, "cost_envelope." + k, UserNumbers.MAX_USD, 30));
      }
      c.get("runs_per_month")
          .ifPresent(
              n -> integer(n, "cost_envelope.runs_per_month", Sidecar.MAX_RUNS_PER_DAY * 31));
      c.get("mode").ifPresent(n -> enumValue(n, "cost_envelope.mode", CostMode.class));
      c.get("plan").ifPresent(this::envelopePlan);
    }
  }

  private void governance(YamlNode g) {
    if (mapping(g, "governance")) {
      unknown(g, GOVERNANCE, "governance.");
      g.get("ethos_reference")
          .filter(
              n ->
                  !(n.isNull()
                      || (n.isScalar() && Names.ETHOS_STEM.matcher(n.text().trim()).matches())))
          .ifPresent(
              n ->
                  out.add(
                      SpecRule.SKILL_SIDECAR_VALUE,
                      n,
                      "governance.ethos_reference is not an ETHOS file"
                          + " stem (ethos-<kebab-name>-v<version>).",
                      "Write e.g. ethos-the-steward-v1.0.0."));
      g.get("approved")
          .filter(n -> !(n.isScalar() && n.type() == YamlNode.ScalarType.BOOL))
          .ifPresent(
              n ->
                  out.add(
                      SpecRule.SKILL_SIDECAR_VALUE,
                      n,
                      "governance.approved must be a boolean.",
                      "Write approved: true or false."));
    }
  }

  private void steps(YamlNode steps) {
    if (!steps.isSequence()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          steps,
          "steps must be a list.",
          "Write one '- id: ...' item per step.");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (YamlNode s : steps.items()) {
      step(s, ids);
    }
    for (YamlNode s : steps.items()) {
      s.get("depends_on")
          .filter(YamlNode::isSequence)
          .ifPresent(
              d -> {
                for (YamlNode dep : d.items()) {
                  if (dep.isScalar() && !ids.contains(dep.text().trim())) {
                    out.add(
                        SpecRule.SKILL_SIDECAR_VALUE,
                        dep,
                        "depends_on names step '"
                            + dep.text().trim()
                            + "', which cromus.yaml does not define.",
                        Nearest.of(dep.text(), ids)
                            .map(n -> "Did you mean '" + n + "'?")
                            .orElse("Use the id of an earlier step."));
                  }
                }
              });
    }
  }

  /** One step of the list; its id is added to {@code ids}. */
  private void step(YamlNode s, Set<String> ids) {
    if (!s.isMapping()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          s,
          "Each step must be a mapping.",
          "Write id:, title: and kind: under the item.");
      return;
    }
    unknown(s, STEP, "steps[].");
    Optional<String> id = s.string("id");
    if (id.isEmpty()) {
      out.add(SpecRule.SKILL_SIDECAR_VALUE, s, "A step has no id.", "Add id: step-1.");
    } else if (!ids.add(id.get())) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          s.get("id").get(),
          "Step id '" + id.get() + "' is used twice.",
          "Give every step its own id.");
    }
    if (s.get("kind").isEmpty()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          s,
          "Step " + id.orElse("?") + " has no kind.",
          "Add kind: " + Enums.ids(StepKind.class) + ".");
    }
    s.get("kind").ifPresent(k -> enumValue(k, "steps[].kind", StepKind.class));
    s.get("tier").ifPresent(k -> enumValue(k, "steps[].tier", CapabilityTier.class));
    s.get("validation").ifPresent(k -> enumValue(k, "steps[].validation", ValidationMethod.class));
    s.get("reasoning").ifPresent(k -> enumValue(k, "steps[].reasoning", ReasoningEffort.class));
    s.get("effect").ifPresent(k -> enumValue(k, "steps[].effect", Effect.class));
    s.get("trust").ifPresent(k -> enumValue(k, "steps[].trust", Trust.class));
    s.get("data").ifPresent(k -> enumList(k, "steps[].data", DataClass.class));
    s.get("retries").ifPresent(n -> integer(n, "steps[].retries", 100));
    s.get("loop_bound").ifPresent(n -> integer(n, "steps[].loop_bound", 10_000));
    s.get("turns").ifPresent(n -> integer(n, "steps[].turns", SidecarLoops.MAX_TURNS));
    s.get("latency_budget_seconds")
        .ifPresent(
            n ->
                decimal(
                    n,
                    "steps[].latency_budget_seconds",
                    Sidecar.MAX_LATENCY_SECONDS,
                    Sidecar.LATENCY_DECIMALS));
    for (String io : List.of("input", "output")) {
      s.get(io)
          .filter(n -> mapping(n, "steps[]." + io))
          .flatMap(n -> n.get("tokens"))
          .ifPresent(
              n ->
                  integer(
                      n,
                      "steps[]." + io + ".tokens",
                      ai.cromus.core.internal.parse.Sizes.MAX_TOKENS));
    }
  }

  private boolean mapping(YamlNode n, String field) {
    if (!n.isMapping()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field + " must be a mapping.",
          "Write its keys indented under " + field + ":.");
      return false;
    }
    return true;
  }

  private void unknown(YamlNode map, Set<String> known, String prefix) {
    for (YamlNode.Entry e : map.entries()) {
      if (!known.contains(e.name())) {
        out.add(
            SpecRule.SKILL_SIDECAR_FIELD,
            e.key(),
            "cromus.yaml key '" + prefix + e.name() + "' is not part of the schema; it is ignored.",
            Nearest.of(e.name(), known)
                .map(n -> "Did you mean '" + n + "'?")
                .orElse("Delete it, or keep it under extra:."));
      }
    }
  }

  private void integer(YamlNode n, String field, long max) {
    UserNumbers.Read r = n.isValue() ? UserNumbers.whole(n.text(), max) : null;
    if (r == null || !r.ok()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field
              + " must be a whole number from 0 to "
              + String.format(java.util.Locale.ROOT, "%,d", max)
              + (r == null ? "" : "; " + n.describe() + " " + r.problem())
              + ".",
          "Write a number such as 3.");
    }
  }

  private void usd(YamlNode n, String field) {
    UserNumbers.Read r = n.isValue() ? UserNumbers.usd(n.text()) : null;
    if (r == null || !r.ok()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field
              + " must be "
              + UserNumbers.USD_RANGE
              + (r == null ? "" : "; " + n.describe() + " " + r.problem())
              + ".",
          "Write a number such as 0.02.");
    }
  }

  private void decimal(YamlNode n, String field, java.math.BigDecimal max, int decimals) {
    UserNumbers.Read r =
        n.isValue()
            ? UserNumbers.decimal(n.text(), java.math.BigDecimal.ZERO, max, decimals)
            : null;
    if (r == null || !r.ok()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field
              + " must be a decimal number from 0 to "
              + String.format(java.util.Locale.ROOT, "%,d", max.longValue())
              + " with at most "
              + decimals
              + " decimal places"
              + (r == null ? "" : "; " + n.describe() + " " + r.problem())
              + ".",
          "Write a number such as 0.02.");
    }
  }

  /** {@code cost_envelope.plan}: the declared plan, or a mode's. */
  private void envelopePlan(YamlNode n) {
    if (!n.isScalar()
        || !(n.text().equals(Sidecar.ENVELOPE_PLAN)
            || Enums.find(CostMode.class, n.text()).isPresent())) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          "cost_envelope.plan must be declared or one of " + Enums.ids(CostMode.class) + ".",
          "Write plan: declared.");
    }
  }

  /** A list whose every item is one of the ids of {@code type}. */
  private <E extends Enum<E>> void enumList(YamlNode n, String field, Class<E> type) {
    if (!n.isSequence()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field + " must be a list of " + Enums.ids(type) + ".",
          "Write one item per line, e.g. '- " + Enums.ids(type).split(", ")[0] + "'.");
      return;
    }
    for (YamlNode item : n.items()) {
      enumValue(item, field + "[]", type);
    }
  }

  private <E extends Enum<E>> void enumValue(YamlNode n, String field, Class<E> type) {
    if (!n.isScalar() || Enums.find(type, n.text()).isEmpty()) {
      out.add(
          SpecRule.SKILL_SIDECAR_VALUE,
          n,
          field + " must be one of " + Enums.ids(type) + ".",
          "Use one of " + Enums.ids(type) + ".");
    }
  }
}
