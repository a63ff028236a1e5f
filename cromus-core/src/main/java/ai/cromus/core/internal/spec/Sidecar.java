package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.YamlMap;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlText;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.ImmutableBudget;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    YamlMap root = new YamlMap().with("schema", SCHEMA).with("skill", skillName);
    YamlMap workflow =
        new YamlMap()
            .with("title", w.title())
            .with("description", w.description())
            .with("owner", w.owner())
            .with("version", w.version())
            .with("domain", w.domain());
    w.runsPerDay().ifPresent(n -> workflow.with("runs_per_day", n));
    w.runsPerMonth().ifPresent(n -> workflow.with("runs_per_month", n));
    workflow
        .with("mode", w.mode().map(CostMode::id))
        .with("memory", w.memory().map(MemoryScope::id))
        .with(
            "budget",
            new YamlMap()
                .with("per_run_usd", w.budget().perRun().map(Money::amount))
                .with("per_month_usd", w.budget().perMonth().map(Money::amount)))
        .with("source", w.source())
        .with("data", ids(w.data()))
        .with("extra", extra(w.extra()));
    root.with("workflow", workflow);
    modelBlock(w, simulation)
        .ifPresent(
            m ->
                root.with(
                    "model",
                    new YamlMap()
                        .with("primary", m.primary)
                        .with("fallback", m.fallbacks)
                        .with("mode", m.mode)));
    List<Object> steps = new ArrayList<>(w.steps().size());
    for (Step s : w.steps()) {
      steps.add(step(s));
    }
    root.with("steps", steps);
    simulation.ifPresent(sim -> root.with("cost_envelope", envelope(w, sim)));
    root.with(
        "governance",
        new YamlMap()
            .with("ethos_reference", ethosStem)
            .with(
                "ethos_alignment",
                ai.cromus.core.spec.EthosProfiles.alignment(ethosStem, w.domain()).id())
            .with("memory_reference", memoryReference)
            .with("owner", w.owner())
            .with("source_document", w.source()));
    return YamlText.write(root, 1024 + 640 * w.steps().size());
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

  private static YamlMap envelope(Workflow w, Simulation sim) {
    PlanSimulation p = envelopePlan(w, sim);
    return new YamlMap()
        .with("plan", ENVELOPE_PLAN)
        .with("per_run_usd", p.perRun().amount())
        .with("per_month_usd", p.perMonth().amount())
        .with("runs_per_month", sim.runsPerMonth())
        .with("latency_seconds", p.latencySeconds())
        .with("failure_risk", p.failureRisk())
        .with("budget_per_run_usd", w.budget().perRun().map(Money::amount))
        .with("budget_per_month_usd", w.budget().perMonth().map(Money::amount));
  }

  private static YamlMap step(Step s) {
    YamlMap y =
        new YamlMap()
            .with("id", s.id())
            .with("title", s.title())
            .with("kind", s.kind().id())
            .with("kind_declared", false, !s.kindDeclared())
            .with("instructions", s.instructions(), !s.instructions().isEmpty())
            .with("input", io(s.inputDescription(), s.inputTokens()))
            .with("output", io(s.outputDescription(), s.outputTokens()))
            .with("structured_output", true, s.structuredOutput())
            .with("model", s.model())
            .with("fallbacks", s.fallbacks())
            .with("tier", s.tier().map(CapabilityTier::id));
    s.retries().ifPresent(x -> y.with("retries", x));
    y.with("validation", s.validation().map(ValidationMethod::id))
        .with("depends_on", s.dependsOn())
        .with("dependencies_declared", false, !s.dependenciesDeclared());
    s.loopBound().ifPresent(x -> y.with("loop_bound", x));
    y.with("unbounded_loop", true, s.unboundedLoop());
    SidecarLoops.write(y, s);
    y.with("tools", s.tools())
        .with(
            "cache",
            s.cache()
                .map(
                    c ->
                        new YamlMap()
                            .with("description", c.description())
                            .with("tokens", tokens(new YamlMap(), c.tokens()))))
        .with("batch_allowed", true, s.batchAllowed())
        .with("latency_budget_seconds", s.latencyBudgetSeconds())
        .with("approver", s.approver())
        .with("condition", s.condition())
        .with("reasoning", s.reasoning().map(ReasoningEffort::id))
        .with("effect", s.effect().map(Effect::id))
        .with("trust", s.trust().map(Trust::id))
        .with("data", ids(s.data()))
        .with("extra", extra(s.extra()))
        .with("position", List.of(s.position().line(), s.position().column()));
    return y;
  }

  private static List<String> ids(List<DataClass> classes) {
    List<String> out = new ArrayList<>(classes.size());
    classes.forEach(c -> out.add(c.id()));
    return out;
  }

  /** The data classes of a sidecar list; items that are not one are skipped (the checker says). */
  private static List<DataClass> dataClasses(YamlNode list) {
    List<DataClass> out = new ArrayList<>();
    for (String item : list.strings()) {
      Enums.find(DataClass.class, item).filter(c -> !out.contains(c)).ifPresent(out::add);
    }
    return out;
  }

  private static YamlMap extra(Map<String, String> extra) {
    YamlMap m = new YamlMap();
    for (Map.Entry<String, String> e : extra.entrySet()) {
      m.with(e.getKey(), e.getValue());
    }
    return m;
  }

  private static YamlMap io(Optional<String> description, TokenCount t) {
    return tokens(new YamlMap().with("description", description), t);
  }

  private static YamlMap tokens(YamlMap y, TokenCount t) {
    return SidecarLoops.range(y, t);
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
              w.string("runs_per_day")
                  .flatMap(x -> count(x, MAX_RUNS_PER_DAY))
                  .ifPresent(b::runsPerDay);
              w.string("runs_per_month")
                  .flatMap(x -> count(x, MAX_RUNS_PER_DAY * 31))
                  .ifPresent(b::runsPerMonth);
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
                            .flatMap(Sidecar::usd)
                            .map(Money::usd)
                            .ifPresent(bb::perRun);
                        bu.string("per_month_usd")
                            .flatMap(Sidecar::usd)
                            .map(Money::usd)
                            .ifPresent(bb::perMonth);
                        try {
                          b.budget(bb.build());
                        } catch (IllegalStateException e) {
                          // a negative budget: left out, the checker reports the value
                        }
                      });
              w.get("data")
                  .filter(YamlNode::isSequence)
                  .ifPresent(d -> b.addAllData(dataClasses(d)));
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
    s.string("retries").flatMap(x -> count(x, 100)).map(Long::intValue).ifPresent(b::retries);
    s.string("validation")
        .flatMap(x -> Enums.find(ValidationMethod.class, x))
        .ifPresent(b::validation);
    s.get("depends_on").filter(YamlNode::isSequence).ifPresent(d -> b.addAllDependsOn(d.strings()));
    s.string("dependencies_declared").ifPresent(x -> b.dependenciesDeclared(!x.equals("false")));
    s.string("loop_bound")
        .flatMap(x -> count(x, 10_000))
        .map(Long::intValue)
        .ifPresent(b::loopBound);
    s.string("unbounded_loop").ifPresent(x -> b.unboundedLoop(x.equals("true")));
    SidecarLoops.read(s, b);
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
    s.string("latency_budget_seconds").flatMap(Sidecar::seconds).ifPresent(b::latencyBudgetSeconds);
    s.string("approver").ifPresent(b::approver);
    s.string("condition").ifPresent(b::condition);
    s.string("reasoning")
        .flatMap(x -> Enums.find(ReasoningEffort.class, x))
        .ifPresent(b::reasoning);
    s.string("effect").flatMap(x -> Enums.find(Effect.class, x)).ifPresent(b::effect);
    s.string("trust").flatMap(x -> Enums.find(Trust.class, x)).ifPresent(b::trust);
    s.get("data").filter(YamlNode::isSequence).ifPresent(d -> b.addAllData(dataClasses(d)));
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
    return SidecarLoops.tokens(io);
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

  /** Runs a day read from a sidecar (the limit of the front matter). */
  static final long MAX_RUNS_PER_DAY = 100_000_000L;

  /** Longest latency budget read, in seconds. */
  static final BigDecimal MAX_LATENCY_SECONDS = BigDecimal.valueOf(10_000_000);

  /** Most decimal places of a latency budget (milliseconds with three decimals). */
  static final int LATENCY_DECIMALS = 9;

  static Optional<Long> longValue(String s) {
    return count(s, Long.MAX_VALUE);
  }

  static Optional<Long> count(String s, long max) {
    java.util.OptionalLong n = UserNumbers.wholeValue(s, max);
    return n.isPresent() ? Optional.of(n.getAsLong()) : Optional.empty();
  }

  static Optional<Integer> intValue(String s) {
    return count(s, Integer.MAX_VALUE).map(Long::intValue);
  }

  /** An amount of US dollars within {@link UserNumbers#usd}. */
  static Optional<BigDecimal> usd(String s) {
    return UserNumbers.usdValue(s);
  }

  /**
   * A latency budget in seconds, as the SOP annotation stores it ({@link UserNumbers#canonical}).
   */
  static Optional<BigDecimal> seconds(String s) {
    return UserNumbers.decimal(s, BigDecimal.ZERO, MAX_LATENCY_SECONDS, LATENCY_DECIMALS)
        .value()
        .map(UserNumbers::canonical);
  }
}
