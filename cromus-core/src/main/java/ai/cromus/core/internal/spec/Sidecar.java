package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.Enums;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.ImmutableBudget;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cromus.yaml} sidecar (schema {@code cromus.yaml/v1}): the workflow's steps, its cost
 * envelope and its governance, written next to a SKILL.md and read back into the same workflow.
 * Runtimes ignore it; Cromus reads it.
 */
public final class Sidecar {
  /** The schema id written in every sidecar. */
  public static final String SCHEMA = "cromus.yaml/v1";

  private Sidecar() {}

  /** The sidecar text of a workflow, with the cost envelope of the simulation when there is one. */
  public static String write(
      Workflow w,
      String skillName,
      Optional<Simulation> simulation,
      String ethosStem,
      Optional<String> memoryReference) {
    StringBuilder sb = new StringBuilder(1024 + 512 * w.steps().size());
    YamlWriter y = new YamlWriter(sb);
    y.string("schema", SCHEMA).string("skill", skillName);
    y.map("workflow")
        .string("title", w.title())
        .string("description", w.description().orElse(null))
        .string("owner", w.owner().orElse(null))
        .string("version", w.version().orElse(null))
        .string("domain", w.domain().orElse(null));
    w.runsPerDay().ifPresent(n -> y.number("runs_per_day", n));
    w.runsPerMonth().ifPresent(n -> y.number("runs_per_month", n));
    w.mode().ifPresent(m -> y.string("mode", m.id()));
    w.memory().ifPresent(m -> y.string("memory", m.id()));
    y.map("budget");
    w.budget().perRun().ifPresent(m -> y.decimal("per_run_usd", m.amount()));
    w.budget().perMonth().ifPresent(m -> y.decimal("per_month_usd", m.amount()));
    y.end();
    y.string("source", w.source());
    extra(y, w.extra());
    y.end();
    modelBlock(w, simulation)
        .ifPresent(
            m -> {
              y.map("model").string("primary", m.primary);
              if (m.fallbacks != null) {
                y.strings("fallback", m.fallbacks);
              }
              y.string("mode", m.mode).end();
            });
    y.list("steps");
    for (Step s : w.steps()) {
      step(y, s);
    }
    y.end();
    simulation.ifPresent(sim -> envelope(y, w, sim));
    y.map("governance")
        .string("ethos_reference", ethosStem)
        .string(
            "ethos_alignment",
            ai.cromus.core.spec.EthosProfiles.alignment(ethosStem, w.domain()).id())
        .string("memory_reference", memoryReference.orElse(null))
        .string("owner", w.owner().orElse(null))
        .string("source_document", w.source())
        .end();
    return sb.toString();
  }

  /**
   * The model block of a workflow: its primary model, fallbacks (null when none are declared) and
   * mode.
   */
  static final class ModelBlock {
    final String primary;
    final List<String> fallbacks;
    final String mode;

    ModelBlock(String primary, List<String> fallbacks, String mode) {
      this.primary = primary;
      this.fallbacks = fallbacks;
      this.mode = mode;
    }
  }

  /** The model block: the first declared model of a model-calling step and its fallbacks. */
  static Optional<ModelBlock> modelBlock(Workflow w, Optional<Simulation> simulation) {
    for (Step s : w.steps()) {
      if (s.model().isPresent()) {
        return Optional.of(
            new ModelBlock(
                s.model().get(), s.fallbacks(), s.batchAllowed() ? "batch" : "standard"));
      }
    }
    if (simulation.isPresent()) {
      for (var st : simulation.get().declared().steps()) {
        if (st.model().isPresent()) {
          return Optional.of(
              new ModelBlock(st.model().get(), null, st.batch() ? "batch" : "standard"));
        }
      }
    }
    return Optional.empty();
  }

  /** The plan the cost envelope prices. */
  public static final String ENVELOPE_PLAN = "declared";

  /**
   * The plan the envelope prices: the declared plan, the one whose models the steps list and whose
   * cost the verdict checks against the budgets, so that the envelope, a policy's {@code
   * max_cost_per_run} and the budget verdict judge the same figure.
   */
  static PlanSimulation envelopePlan(Workflow w, Simulation sim) {
    return sim.declared();
  }

  private static void envelope(YamlWriter y, Workflow w, Simulation sim) {
    PlanSimulation p = envelopePlan(w, sim);
    y.map("cost_envelope")
        .string("plan", ENVELOPE_PLAN)
        .decimal("per_run_usd", p.perRun().amount())
        .decimal("per_month_usd", p.perMonth().amount())
        .number("runs_per_month", sim.runsPerMonth())
        .decimal("latency_seconds", p.latencySeconds())
        .decimal("failure_risk", p.failureRisk());
    w.budget().perRun().ifPresent(m -> y.decimal("budget_per_run_usd", m.amount()));
    w.budget().perMonth().ifPresent(m -> y.decimal("budget_per_month_usd", m.amount()));
    y.end();
  }

  private static void step(YamlWriter y, Step s) {
    y.item().string("id", s.id()).string("title", s.title()).string("kind", s.kind().id());
    if (!s.kindDeclared()) {
      y.flag("kind_declared", false);
    }
    if (!s.instructions().isEmpty()) {
      y.string("instructions", s.instructions());
    }
    io(y, "input", s.inputDescription(), s.inputTokens());
    io(y, "output", s.outputDescription(), s.outputTokens());
    if (s.structuredOutput()) {
      y.flag("structured_output", true);
    }
    y.string("model", s.model().orElse(null));
    y.strings("fallbacks", s.fallbacks());
    s.tier().ifPresent(x -> y.string("tier", x.id()));
    s.retries().ifPresent(x -> y.number("retries", x));
    s.validation().ifPresent(x -> y.string("validation", x.id()));
    y.strings("depends_on", s.dependsOn());
    if (!s.dependenciesDeclared()) {
      y.flag("dependencies_declared", false);
    }
    s.loopBound().ifPresent(x -> y.number("loop_bound", x));
    if (s.unboundedLoop()) {
      y.flag("unbounded_loop", true);
    }
    y.strings("tools", s.tools());
    s.cache()
        .ifPresent(
            c -> {
              y.map("cache").string("description", c.description());
              tokens(y.map("tokens"), c.tokens()).end();
              y.end();
            });
    if (s.batchAllowed()) {
      y.flag("batch_allowed", true);
    }
    s.latencyBudgetSeconds().ifPresent(x -> y.string("latency_budget_seconds", x.toPlainString()));
    y.string("approver", s.approver().orElse(null));
    y.string("condition", s.condition().orElse(null));
    s.reasoning().ifPresent(x -> y.string("reasoning", x.id()));
    extra(y, s.extra());
    y.numbers("position", s.position().line(), s.position().column());
    y.end();
  }

  private static void extra(YamlWriter y, Map<String, String> extra) {
    y.map("extra");
    for (Map.Entry<String, String> e : extra.entrySet()) {
      y.string(e.getKey(), e.getValue());
    }
    y.end();
  }

  private static void io(YamlWriter y, String key, Optional<String> description, TokenCount t) {
    y.map(key).string("description", description.orElse(null));
    tokens(y, t).end();
  }

  private static YamlWriter tokens(YamlWriter y, TokenCount t) {
    y.number("tokens", t.tokens());
    if (!t.declared()) {
      y.flag("declared", false);
    }
    if (!t.method().equals("declared")) {
      y.string("method", t.method());
    }
    return y;
  }

  /**
   * Reads the workflow a sidecar describes; {@code name} is the skill name. Values of the wrong
   * form are skipped (the sidecar checker reports them).
   */
  public static Workflow read(YamlNode root, String name, String source) {
    ImmutableWorkflow.Builder b =
        Workflow.builder().name(name).source(source).format(SourceFormat.SKILL_MD);
    root.get("workflow")
        .filter(YamlNode::isMapping)
        .ifPresent(
            w -> {
              w.string("title").ifPresent(b::title);
              w.string("description").ifPresent(b::description);
              w.string("owner").ifPresent(b::owner);
              w.string("version").ifPresent(b::version);
              w.string("domain").ifPresent(b::domain);
              w.string("runs_per_day").flatMap(Sidecar::longValue).ifPresent(b::runsPerDay);
              w.string("runs_per_month").flatMap(Sidecar::longValue).ifPresent(b::runsPerMonth);
              w.string("mode").flatMap(m -> Enums.find(CostMode.class, m)).ifPresent(b::mode);
              w.string("memory")
                  .flatMap(m -> Enums.find(MemoryScope.class, m))
                  .ifPresent(b::memory);
              w.get("budget")
                  .filter(YamlNode::isMapping)
                  .ifPresent(
                      bu -> {
                        ImmutableBudget.Builder bb = Budget.builder();
                        bu.string("per_run_usd")
                            .flatMap(Sidecar::decimal)
                            .map(Money::usd)
                            .ifPresent(bb::perRun);
                        bu.string("per_month_usd")
                            .flatMap(Sidecar::decimal)
                            .map(Money::usd)
                            .ifPresent(bb::perMonth);
                        try {
                          b.budget(bb.build());
                        } catch (IllegalStateException e) {
                          // a negative budget: left out, the checker reports the value
                        }
                      });
              w.get("extra").filter(YamlNode::isMapping).ifPresent(x -> b.putAllExtra(strings(x)));
            });
    root.get("governance")
        .filter(YamlNode::isMapping)
        .flatMap(g -> g.string("ethos_reference"))
        .ifPresent(b::ethos);
    root.get("steps")
        .filter(YamlNode::isSequence)
        .ifPresent(
            st -> {
              for (YamlNode s : st.items()) {
                if (s.isMapping()) {
                  step(s).ifPresent(b::addSteps);
                }
              }
            });
    return b.build();
  }

  private static Optional<Step> step(YamlNode s) {
    Optional<String> id = s.string("id");
    Optional<StepKind> kind = s.string("kind").flatMap(k -> Enums.find(StepKind.class, k));
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    ImmutableStep.Builder b =
        Step.builder().id(id.get()).title(s.string("title").orElse(id.get())).kind(kind.get());
    s.string("kind_declared").ifPresent(x -> b.kindDeclared(!x.equals("false")));
    s.string("instructions").ifPresent(b::instructions);
    s.get("input")
        .filter(YamlNode::isMapping)
        .ifPresent(
            io -> {
              io.string("description").ifPresent(b::inputDescription);
              tokens(io).ifPresent(b::inputTokens);
            });
    s.get("output")
        .filter(YamlNode::isMapping)
        .ifPresent(
            io -> {
              io.string("description").ifPresent(b::outputDescription);
              tokens(io).ifPresent(b::outputTokens);
            });
    s.string("structured_output").ifPresent(x -> b.structuredOutput(x.equals("true")));
    s.string("model").ifPresent(b::model);
    s.get("fallbacks").filter(YamlNode::isSequence).ifPresent(f -> b.addAllFallbacks(f.strings()));
    s.string("tier").flatMap(x -> Enums.find(CapabilityTier.class, x)).ifPresent(b::tier);
    s.string("retries").flatMap(Sidecar::intValue).ifPresent(b::retries);
    s.string("validation")
        .flatMap(x -> Enums.find(ValidationMethod.class, x))
        .ifPresent(b::validation);
    s.get("depends_on").filter(YamlNode::isSequence).ifPresent(d -> b.addAllDependsOn(d.strings()));
    s.string("dependencies_declared").ifPresent(x -> b.dependenciesDeclared(!x.equals("false")));
    s.string("loop_bound").flatMap(Sidecar::intValue).ifPresent(b::loopBound);
    s.string("unbounded_loop").ifPresent(x -> b.unboundedLoop(x.equals("true")));
    s.get("tools").filter(YamlNode::isSequence).ifPresent(t -> b.addAllTools(t.strings()));
    s.get("cache")
        .filter(YamlNode::isMapping)
        .ifPresent(
            c -> {
              Optional<TokenCount> t =
                  c.get("tokens").filter(YamlNode::isMapping).flatMap(Sidecar::tokens);
              if (c.string("description").isPresent() && t.isPresent()) {
                b.cache(CachePrefix.of(c.string("description").get(), t.get()));
              }
            });
    s.string("batch_allowed").ifPresent(x -> b.batchAllowed(x.equals("true")));
    s.string("latency_budget_seconds").flatMap(Sidecar::decimal).ifPresent(b::latencyBudgetSeconds);
    s.string("approver").ifPresent(b::approver);
    s.string("condition").ifPresent(b::condition);
    s.string("reasoning")
        .flatMap(x -> Enums.find(ReasoningEffort.class, x))
        .ifPresent(b::reasoning);
    s.get("extra").filter(YamlNode::isMapping).ifPresent(x -> b.putAllExtra(strings(x)));
    s.get("position")
        .filter(YamlNode::isSequence)
        .map(YamlNode::strings)
        .filter(p -> p.size() == 2)
        .ifPresent(
            p ->
                intValue(p.get(0))
                    .ifPresent(
                        l ->
                            intValue(p.get(1))
                                .ifPresent(c -> b.position(SourcePosition.of(l, c)))));
    try {
      return Optional.of(b.build());
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static Optional<TokenCount> tokens(YamlNode io) {
    Optional<Long> n = io.string("tokens").flatMap(Sidecar::longValue);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    boolean declared = !io.string("declared").orElse("true").equals("false");
    String method = io.string("method").orElse(declared ? "declared" : "estimated");
    return Optional.of(
        ai.cromus.core.workflow.ImmutableTokenCount.builder()
            .tokens(n.get())
            .declared(declared)
            .method(method)
            .build());
  }

  private static Map<String, String> strings(YamlNode map) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      if (e.value().isScalar() && !e.value().isNull()) {
        out.put(e.name(), e.value().text());
      }
    }
    return out;
  }

  static Optional<Long> longValue(String s) {
    try {
      long v = Long.parseLong(s.trim());
      return v >= 0 ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static Optional<Integer> intValue(String s) {
    return longValue(s).filter(v -> v <= Integer.MAX_VALUE).map(Long::intValue);
  }

  static Optional<BigDecimal> decimal(String s) {
    try {
      BigDecimal d = new BigDecimal(s.trim());
      return d.signum() >= 0 && d.scale() < 1000 && d.precision() < 1000
          ? Optional.of(d)
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
