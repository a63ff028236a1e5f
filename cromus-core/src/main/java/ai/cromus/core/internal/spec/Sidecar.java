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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cromus.yaml} sidecar (schema {@code cromus.yaml/v1}): the workflow's steps, its
 * cost envelope and its governance, written next to a SKILL.md and read back into the same
 * workflow. Runtimes ignore it; Cromus reads it.
 */
public final class Sidecar {
  /** The schema id written in every sidecar. */
  public static final String SCHEMA = "cromus.yaml/v1";

  private Sidecar() {}

  /** The sidecar text of a workflow, with the cost envelope of the simulation when there is one. */
  public static String write(Workflow w, String skillName, Optional<Simulation> simulation,
      String ethosStem, Optional<String> memoryReference) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("skill", skillName);
    Map<String, Object> wf = new LinkedHashMap<>();
    wf.put("title", w.title());
    w.description().ifPresent(d -> wf.put("description", d));
    w.owner().ifPresent(o -> wf.put("owner", o));
    w.version().ifPresent(v -> wf.put("version", v));
    w.domain().ifPresent(d -> wf.put("domain", d));
    w.runsPerDay().ifPresent(n -> wf.put("runs_per_day", n));
    w.runsPerMonth().ifPresent(n -> wf.put("runs_per_month", n));
    w.mode().ifPresent(m -> wf.put("mode", m.id()));
    w.memory().ifPresent(m -> wf.put("memory", m.id()));
    Map<String, Object> budget = new LinkedHashMap<>();
    w.budget().perRun().ifPresent(m -> budget.put("per_run_usd", m.amount()));
    w.budget().perMonth().ifPresent(m -> budget.put("per_month_usd", m.amount()));
    wf.put("budget", budget);
    wf.put("source", w.source());
    wf.put("extra", new LinkedHashMap<>(w.extra()));
    root.put("workflow", wf);
    modelBlock(w, simulation).ifPresent(m -> root.put("model", m));
    List<Object> steps = new ArrayList<>();
    for (Step s : w.steps()) {
      steps.add(step(s));
    }
    root.put("steps", steps);
    simulation.ifPresent(sim -> root.put("cost_envelope", envelope(w, sim)));
    Map<String, Object> gov = new LinkedHashMap<>();
    gov.put("ethos_reference", ethosStem);
    gov.put("ethos_alignment", ai.cromus.core.spec.EthosProfiles.alignment(ethosStem, w.domain()).id());
    memoryReference.ifPresent(m -> gov.put("memory_reference", m));
    w.owner().ifPresent(o -> gov.put("owner", o));
    gov.put("source_document", w.source());
    root.put("governance", gov);
    return YamlWriter.write(root);
  }

  /** The model block: the first declared model of a model-calling step and its fallbacks. */
  static Optional<Map<String, Object>> modelBlock(Workflow w, Optional<Simulation> simulation) {
    for (Step s : w.steps()) {
      if (s.model().isPresent()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primary", s.model().get());
        m.put("fallback", new ArrayList<>(s.fallbacks()));
        m.put("mode", s.batchAllowed() ? "batch" : "standard");
        return Optional.of(m);
      }
    }
    if (simulation.isPresent()) {
      for (var st : simulation.get().declared().steps()) {
        if (st.model().isPresent()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("primary", st.model().get());
          m.put("mode", st.batch() ? "batch" : "standard");
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Object> envelope(Workflow w, Simulation sim) {
    PlanSimulation p = w.mode().map(m -> sim.modes().getOrDefault(m, sim.declared()))
        .orElse(sim.declared());
    Map<String, Object> e = new LinkedHashMap<>();
    p.mode().ifPresent(m -> e.put("mode", m.id()));
    e.put("per_run_usd", p.perRun().amount());
    e.put("per_month_usd", p.perMonth().amount());
    e.put("runs_per_month", sim.runsPerMonth());
    e.put("latency_seconds", p.latencySeconds());
    e.put("failure_risk", p.failureRisk());
    w.budget().perRun().ifPresent(m -> e.put("budget_per_run_usd", m.amount()));
    w.budget().perMonth().ifPresent(m -> e.put("budget_per_month_usd", m.amount()));
    return e;
  }

  private static Map<String, Object> step(Step s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("kind", s.kind().id());
    if (!s.kindDeclared()) {
      m.put("kind_declared", false);
    }
    if (!s.instructions().isEmpty()) {
      m.put("instructions", s.instructions());
    }
    m.put("input", io(s.inputDescription(), s.inputTokens()));
    m.put("output", io(s.outputDescription(), s.outputTokens()));
    if (s.structuredOutput()) {
      m.put("structured_output", true);
    }
    s.model().ifPresent(x -> m.put("model", x));
    m.put("fallbacks", new ArrayList<>(s.fallbacks()));
    s.tier().ifPresent(x -> m.put("tier", x.id()));
    s.retries().ifPresent(x -> m.put("retries", x));
    s.validation().ifPresent(x -> m.put("validation", x.id()));
    m.put("depends_on", new ArrayList<>(s.dependsOn()));
    if (!s.dependenciesDeclared()) {
      m.put("dependencies_declared", false);
    }
    s.loopBound().ifPresent(x -> m.put("loop_bound", x));
    if (s.unboundedLoop()) {
      m.put("unbounded_loop", true);
    }
    m.put("tools", new ArrayList<>(s.tools()));
    s.cache().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("description", c.description());
      cm.put("tokens", tokens(c.tokens()));
      m.put("cache", cm);
    });
    if (s.batchAllowed()) {
      m.put("batch_allowed", true);
    }
    s.latencyBudgetSeconds().ifPresent(x -> m.put("latency_budget_seconds", x.toString()));
    s.approver().ifPresent(x -> m.put("approver", x));
    s.condition().ifPresent(x -> m.put("condition", x));
    s.reasoning().ifPresent(x -> m.put("reasoning", x.id()));
    m.put("extra", new LinkedHashMap<>(s.extra()));
    m.put("position", List.of(s.position().line(), s.position().column()));
    return m;
  }

  private static Map<String, Object> io(Optional<String> description, TokenCount t) {
    Map<String, Object> m = new LinkedHashMap<>();
    description.ifPresent(d -> m.put("description", d));
    m.putAll(tokens(t));
    return m;
  }

  private static Map<String, Object> tokens(TokenCount t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tokens", t.tokens());
    if (!t.declared()) {
      m.put("declared", false);
    }
    if (!t.method().equals("declared")) {
      m.put("method", t.method());
    }
    return m;
  }

  /**
   * Reads the workflow a sidecar describes; {@code name} is the skill name. Values of the
   * wrong form are skipped (the sidecar checker reports them).
   */
  public static Workflow read(YamlNode root, String name, String source) {
    ImmutableWorkflow.Builder b = Workflow.builder().name(name).source(source)
        .format(SourceFormat.SKILL_MD);
    root.get("workflow").filter(YamlNode::isMapping).ifPresent(w -> {
      w.string("title").ifPresent(b::title);
      w.string("description").ifPresent(b::description);
      w.string("owner").ifPresent(b::owner);
      w.string("version").ifPresent(b::version);
      w.string("domain").ifPresent(b::domain);
      w.string("runs_per_day").flatMap(Sidecar::longValue).ifPresent(b::runsPerDay);
      w.string("runs_per_month").flatMap(Sidecar::longValue).ifPresent(b::runsPerMonth);
      w.string("mode").flatMap(m -> Enums.find(CostMode.class, m)).ifPresent(b::mode);
      w.string("memory").flatMap(m -> Enums.find(MemoryScope.class, m)).ifPresent(b::memory);
      w.get("budget").filter(YamlNode::isMapping).ifPresent(bu -> {
        ImmutableBudget.Builder bb = Budget.builder();
        bu.string("per_run_usd").flatMap(Sidecar::decimal).map(Money::usd).ifPresent(bb::perRun);
        bu.string("per_month_usd").flatMap(Sidecar::decimal).map(Money::usd).ifPresent(bb::perMonth);
        try {
          b.budget(bb.build());
        } catch (IllegalStateException e) {
          // a negative budget: left out, the checker reports the value
        }
      });
      w.get("extra").filter(YamlNode::isMapping).ifPresent(x -> b.putAllExtra(strings(x)));
    });
    root.get("governance").filter(YamlNode::isMapping).flatMap(g -> g.string("ethos_reference"))
        .ifPresent(b::ethos);
    root.get("steps").filter(YamlNode::isSequence).ifPresent(st -> {
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
    ImmutableStep.Builder b = Step.builder().id(id.get()).title(s.string("title").orElse(id.get()))
        .kind(kind.get());
    s.string("kind_declared").ifPresent(x -> b.kindDeclared(!x.equals("false")));
    s.string("instructions").ifPresent(b::instructions);
    s.get("input").filter(YamlNode::isMapping).ifPresent(io -> {
      io.string("description").ifPresent(b::inputDescription);
      tokens(io).ifPresent(b::inputTokens);
    });
    s.get("output").filter(YamlNode::isMapping).ifPresent(io -> {
      io.string("description").ifPresent(b::outputDescription);
      tokens(io).ifPresent(b::outputTokens);
    });
    s.string("structured_output").ifPresent(x -> b.structuredOutput(x.equals("true")));
    s.string("model").ifPresent(b::model);
    s.get("fallbacks").filter(YamlNode::isSequence).ifPresent(f -> b.addAllFallbacks(f.strings()));
    s.string("tier").flatMap(x -> Enums.find(CapabilityTier.class, x)).ifPresent(b::tier);
    s.string("retries").flatMap(Sidecar::intValue).ifPresent(b::retries);
    s.string("validation").flatMap(x -> Enums.find(ValidationMethod.class, x)).ifPresent(b::validation);
    s.get("depends_on").filter(YamlNode::isSequence).ifPresent(d -> b.addAllDependsOn(d.strings()));
    s.string("dependencies_declared").ifPresent(x -> b.dependenciesDeclared(!x.equals("false")));
    s.string("loop_bound").flatMap(Sidecar::intValue).ifPresent(b::loopBound);
    s.string("unbounded_loop").ifPresent(x -> b.unboundedLoop(x.equals("true")));
    s.get("tools").filter(YamlNode::isSequence).ifPresent(t -> b.addAllTools(t.strings()));
    s.get("cache").filter(YamlNode::isMapping).ifPresent(c -> {
      Optional<TokenCount> t = c.get("tokens").filter(YamlNode::isMapping).flatMap(Sidecar::tokens);
      if (c.string("description").isPresent() && t.isPresent()) {
        b.cache(CachePrefix.of(c.string("description").get(), t.get()));
      }
    });
    s.string("batch_allowed").ifPresent(x -> b.batchAllowed(x.equals("true")));
    s.string("latency_budget_seconds").flatMap(Sidecar::decimal).ifPresent(b::latencyBudgetSeconds);
    s.string("approver").ifPresent(b::approver);
    s.string("condition").ifPresent(b::condition);
    s.string("reasoning").flatMap(x -> Enums.find(ReasoningEffort.class, x)).ifPresent(b::reasoning);
    s.get("extra").filter(YamlNode::isMapping).ifPresent(x -> b.putAllExtra(strings(x)));
    s.get("position").filter(YamlNode::isSequence).map(YamlNode::strings).filter(p -> p.size() == 2)
        .ifPresent(p -> intValue(p.get(0)).ifPresent(l -> intValue(p.get(1))
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
    return Optional.of(ai.cromus.core.workflow.ImmutableTokenCount.builder().tokens(n.get())
        .declared(declared).method(method).build());
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
      return d.signum() >= 0 && d.scale() < 1000 && d.precision() < 1000 ? Optional.of(d)
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
