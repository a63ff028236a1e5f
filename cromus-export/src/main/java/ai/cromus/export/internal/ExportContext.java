package ai.cromus.export.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PinnedModel;
import ai.cromus.core.simulation.PlanPricing;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.export.BundlePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every exporter needs from one compile result: the steps in dependency order, each step's
 * model under the chosen plan, and the diagnostics and files collected so far. One instance per
 * export call; exporters themselves stay stateless. {@link StepModels} resolves each step's model
 * under the scope's gates, and {@link VendorAgentModel} the model of a single-vendor agent.
 */
public final class ExportContext {
  /** The documented default model of multi-vendor targets when a step has none. */
  public static final String DEFAULT_MODEL = "claude-sonnet-4-6";

  private final CompileResult result;
  private final ExportOptions options;
  private final Workflow workflow;
  private final List<Step> ordered;
  private final Map<String, Integer> depth = new HashMap<>();
  private final Map<String, List<String>> dependents = new LinkedHashMap<>();
  private final Optional<PlanSimulation> plan;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, ExportedFile> files = new LinkedHashMap<>();
  private final StepModels stepModels;
  private boolean failed;

  private ExportContext(CompileResult result, ExportOptions options) {
    this.result = result;
    this.options = options;
    this.workflow = result.workflow();
    this.ordered = topological(workflow.steps());
    for (Step s : ordered) {
      dependents.put(s.id(), new ArrayList<>());
    }
    for (Step s : ordered) {
      int d = 0;
      for (String dep : deps(s)) {
        d = Math.max(d, depth.get(dep) + 1);
        dependents.get(dep).add(s.id());
      }
      depth.put(s.id(), d);
    }
    this.plan = choosePlan();
    this.stepModels = new StepModels(this, plan);
    Set<String> seen = new HashSet<>();
    for (Step s : workflow.steps()) {
      if (!seen.add(s.id())) {
        report(
            Diagnostic.of(
                ExportRule.NAME_COLLISION,
                at(s),
                "Two steps share the id '"
                    + Text.oneLine(s.id())
                    + "'; only the first is exported.",
                "Give every step a unique id."));
      }
    }
  }

  /** A context for one export call. */
  public static ExportContext of(CompileResult result, ExportOptions options) {
    return new ExportContext(result, options);
  }

  public Workflow workflow() {
    return workflow;
  }

  public CompileResult result() {
    return result;
  }

  public ExportOptions options() {
    return options;
  }

  /** The steps in dependency order (ties in source order); cycles are broken in source order. */
  public List<Step> steps() {
    return ordered;
  }

  /** The dependencies of a step that exist, in the order written. */
  public List<String> deps(Step s) {
    List<String> out = new ArrayList<>();
    for (String d : new LinkedHashSet<>(s.dependsOn())) {
      if (indexOf(d) < indexOf(s.id())) {
        out.add(d);
      }
    }
    return out;
  }

  /** The steps that depend on {@code id}, in dependency order. */
  public List<String> dependents(String id) {
    return dependents.getOrDefault(id, List.of());
  }

  /** Length of the longest dependency chain that ends at the step (0 for a start step). */
  public int depth(String id) {
    return depth.getOrDefault(id, 0);
  }

  /** Text that is safe to write: unpaired surrogates replaced. */
  public String text(String s) {
    return Text.clean(s);
  }

  /** The exported name: the option, else the workflow title, else its id. */
  public String name() {
    String n = Text.clean(options.name().orElse(workflow.title())).strip();
    return n.isEmpty() ? workflow.name() : n;
  }

  /** Where a step was written, for diagnostics. */
  public SourceLocation at(Step s) {
    return SourceLocation.of(workflow.source(), s.position().line(), s.position().column());
  }

  /** The start of the workflow's source, for diagnostics about the whole workflow. */
  public SourceLocation atWorkflow() {
    return SourceLocation.start(workflow.source());
  }

  public void report(Diagnostic d) {
    diagnostics.add(d);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Adds a file; the path must be {@link BundlePath#isSafe(String) safe} and new. */
  public void file(String path, byte[] content) {
    if (!BundlePath.isSafe(path) || files.containsKey(path)) {
      throw new IllegalStateException("exporter produced an unsafe or duplicate path: " + path);
    }
    files.put(path, ExportedFile.builder().path(path).content(content).build());
  }

  /** The bundle of a target: the files in the order added, the diagnostics in report order. */
  public ExportBundle bundle(String target) {
    List<Diagnostic> ds = new ArrayList<>(diagnostics);
    ds.sort(Diagnostic.ORDER);
    return ExportBundle.builder()
        .target(target)
        .files(failed ? List.of() : files.values())
        .diagnostics(ds)
        .build();
  }

  /** True when the export failed ({@code EXPORT-NO-ALLOWED-MODEL}): the bundle has no files. */
  public boolean failed() {
    return failed;
  }

  /** True (and an {@code EXPORT-NO-STEPS} error reported) when there is nothing to export. */
  public boolean empty() {
    if (ordered.isEmpty()) {
      report(
          Diagnostic.of(
              ExportRule.NO_STEPS,
              atWorkflow(),
              "The workflow '"
                  + Text.oneLine(workflow.name())
                  + "' has no steps; nothing is exported.",
              "Fix the errors the compiler reported, then export again."));
      return true;
    }
    return false;
  }

  /** True for steps that call a language model themselves. */
  public static boolean callsModel(Step s) {
    return s.kind() == StepKind.LLM || s.kind() == StepKind.DECISION;
  }

  // ---------------------------------------------------------------- models

  /**
   * The model of a step under the plan: the override, else the plan's model, else the model the
   * step requests. Steps that call no model (tools, retrieval, people, code) get the workflow's
   * main model, since an agent runtime still needs one to drive them, or {@link #DEFAULT_MODEL}
   * without a diagnostic. A step that calls a model and has none gets {@link #DEFAULT_MODEL} and
   * {@code EXPORT-NO-MODEL}.
   */
  public ModelChoice model(Step s) {
    return stepModels.model(s);
  }

  /** The model the step itself names through an override, the plan or its request. */
  public Optional<ModelChoice> ownModel(Step s) {
    return stepModels.ownModel(s);
  }

  /** Why the scope rejects {@code m} on its channel; empty when it allows it or cannot tell. */
  public Optional<String> rejection(ModelChoice m) {
    return stepModels.rejection(m);
  }

  /**
   * The model of a single-agent target bound to one vendor: the first model of that vendor among
   * the main step's model and fallbacks, then the other steps' models and fallbacks (main step
   * first, then by tier); else {@code fallback} with {@code EXPORT-MODEL-VENDOR}.
   */
  public ModelChoice agentModel(String vendor, String firstPartyChannel, String fallback) {
    return VendorAgentModel.choose(this, stepModels, vendor, firstPartyChannel, fallback);
  }

  /** Marks the export failed: the bundle will hold no files. */
  void markFailed() {
    failed = true;
  }

  // ---------------------------------------------------------------- what a configuration costs

  /** The plan exported: the mode's id, or {@code declared}. */
  public String planName() {
    return plan.flatMap(PlanSimulation::mode).map(CostMode::id).orElse("declared");
  }

  /**
   * What running the model steps on {@code models} (by step id) costs, as the simulation prices it:
   * the exported plan itself when every model step keeps its plan's model and channel, else that
   * configuration priced anew ({@link PlanPricing}). Empty without a catalog or a simulation.
   */
  public Optional<PlanSimulation> configuration(Map<String, ModelChoice> models) {
    if (plan.isEmpty() || options.catalog().isEmpty()) {
      return Optional.empty();
    }
    boolean same = true;
    Map<String, PinnedModel> pins = new LinkedHashMap<>();
    for (Step s : ordered) {
      if (s.kind() != StepKind.LLM) {
        continue;
      }
      ModelChoice m = models.get(s.id());
      if (m == null || m.catalogId().isEmpty()) {
        return Optional.empty(); // a model the catalog does not know: its cost is not known
      }
      pins.put(s.id(), PinnedModel.of(m.catalogId().get(), m.channel()));
      Optional<StepSimulation> st = plan.get().step(s.id());
      same &=
          st.isPresent()
              && st.get().model().equals(m.catalogId())
              && st.get().channel().equals(m.channel());
    }
    if (same && plan.get().feasible()) {
      return plan;
    }
    PlanSimulation p = PlanPricing.price(result, options.catalog().get(), pins);
    return p.feasible() ? Optional.of(p) : Optional.empty();
  }

  /** Every model step on one model: an agent that runs the whole workflow. */
  public Map<String, ModelChoice> everyStepOn(ModelChoice m) {
    Map<String, ModelChoice> out = new LinkedHashMap<>();
    for (Step s : ordered) {
      out.put(s.id(), m);
    }
    return out;
  }

  /** Each step on {@link #model(Step)}: a multi-agent target. */
  public Map<String, ModelChoice> eachStepOnItsModel() {
    Map<String, ModelChoice> out = new LinkedHashMap<>();
    for (Step s : ordered) {
      out.put(s.id(), model(s));
    }
    return out;
  }

  /**
   * The cost of a configuration in words: {@code $0.0023 a run, $27.60 a month at 12,000 runs (plan
   * balanced, as exported; model steps priced by the Cromus simulation)}, or why it is not known.
   */
  public String costSentence(Map<String, ModelChoice> models) {
    Optional<PlanSimulation> p = configuration(models);
    if (p.isEmpty()) {
      return "cost not known (no catalog or simulation, or a model the catalog does not price)";
    }
    long runs = result.simulation().map(x -> x.runsPerMonth()).orElse(0L);
    return p.get().perRun().display()
        + " a run, "
        + p.get().perMonth().display(2)
        + " a month at "
        + String.format(Locale.ROOT, "%,d", runs)
        + " runs (plan "
        + planName()
        + " with the models configured here; model steps priced by the Cromus simulation)";
  }

  /**
   * The step that decides the model of a single-agent target: among the steps that call a model,
   * the one with the highest capability tier, then the largest input plus output, then the first.
   */
  public Optional<Step> mainStep() {
    return ordered.stream()
        .filter(ExportContext::callsModel)
        .sorted(
            Comparator.comparing((Step s) -> stepModels.tier(s))
                .reversed()
                .thenComparing(
                    Comparator.comparingLong(
                            (Step s) -> s.inputTokens().tokens() + s.outputTokens().tokens())
                        .reversed())
                .thenComparingInt(s -> indexOf(s.id())))
        .findFirst();
  }

  // ---------------------------------------------------------------- plan and order

  private Optional<PlanSimulation> choosePlan() {
    Optional<Simulation> sim = result.simulation();
    if (sim.isEmpty()) {
      return Optional.empty();
    }
    if (options.mode().isPresent()) {
      PlanSimulation p = sim.get().modes().get(options.mode().get());
      if (p != null) {
        return Optional.of(p);
      }
      report(
          Diagnostic.of(
              ExportRule.MODE_UNAVAILABLE,
              atWorkflow(),
              "The simulation has no plan for mode "
                  + options.mode().get().id()
                  + "; the declared plan is exported.",
              "Check the scope: every model of that mode may be gated out."));
    }
    return Optional.of(sim.get().declared());
  }

  /** The position of a step in dependency order ({@code MAX_VALUE} for an unknown id). */
  int indexOf(String id) {
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Kahn's algorithm, ready steps taken in source order; a cycle is broken at its first step. */
  private static List<Step> topological(List<Step> steps) {
    Map<String, Step> byId = new LinkedHashMap<>();
    for (Step s : steps) {
      byId.putIfAbsent(s.id(), s);
    }
    List<Step> out = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    while (out.size() < byId.size()) {
      Step next = null;
      for (Step s : byId.values()) {
        if (!done.contains(s.id())
            && s.dependsOn().stream()
                .allMatch(d -> done.contains(d) || !byId.containsKey(d) || d.equals(s.id()))) {
          next = s;
          break;
        }
      }
      if (next == null) {
        next = byId.values().stream().filter(s -> !done.contains(s.id())).findFirst().orElseThrow();
      }
      done.add(next.id());
      out.add(next);
    }
    return out;
  }
}
