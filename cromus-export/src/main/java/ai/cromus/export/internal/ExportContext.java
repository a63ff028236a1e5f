package ai.cromus.export.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.core.scope.ScopeGate;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PinnedModel;
import ai.cromus.core.simulation.PlanPricing;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.export.BundlePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * export call; exporters themselves stay stateless.
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
  private final Map<String, ModelChoice> models = new HashMap<>();
  private final Map<String, Optional<ModelChoice>> own = new HashMap<>();
  private final Optional<ScopeGate> gate;
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
    this.gate = options.catalog().map(c -> ScopeGate.of(result.scope(), c));
    java.util.Set<String> seen = new java.util.HashSet<>();
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
    ModelChoice m = models.get(s.id());
    if (m == null) {
      m =
          ownModel(s)
              .or(
                  () ->
                      callsModel(s)
                          ? Optional.empty()
                          : mainStep()
                              .filter(main -> !main.id().equals(s.id()))
                              .flatMap(this::ownModel))
              .orElseGet(
                  () -> {
                    ModelChoice d = resolve(DEFAULT_MODEL, Optional.empty(), s, false);
                    Optional<String> denied = rejection(d);
                    if (denied.isPresent()) {
                      fail(
                          at(s),
                          "Step '"
                              + s.id()
                              + "' has no model the scope allows, and the default "
                              + DEFAULT_MODEL
                              + " is not allowed either ("
                              + denied.get()
                              + "); nothing is exported.");
                      return d;
                    }
                    if (callsModel(s)) {
                      report(
                          Diagnostic.of(
                              ExportRule.NO_MODEL,
                              at(s),
                              "Step '"
                                  + s.id()
                                  + "' has no model in the plan and requests none; "
                                  + DEFAULT_MODEL
                                  + " is exported.",
                              "Compile with a catalog, or write '- model: <id>' under the step."));
                    }
                    return d;
                  });
      models.put(s.id(), m);
    }
    return m;
  }

  /** The model the step itself names through an override, the plan or its request. */
  public Optional<ModelChoice> ownModel(Step s) {
    Optional<ModelChoice> m = own.get(s.id());
    if (m == null) {
      String override = options.modelOverrides().get(s.id());
      Optional<StepSimulation> sim = plan.flatMap(p -> p.step(s.id()));
      if (override != null) {
        m = Optional.of(resolve(override, sim.flatMap(StepSimulation::channel), s, true));
      } else if (sim.isPresent() && sim.get().model().isPresent()) {
        m = Optional.of(resolve(sim.get().model().get(), sim.get().channel(), s, true));
      } else if (s.model().isPresent()) {
        m = Optional.of(resolve(s.model().get(), Optional.empty(), s, true));
      } else {
        m = Optional.empty();
      }
      if (m.isPresent()) {
        m = Optional.of(gated(m.get(), s));
      }
      own.put(s.id(), m);
    }
    return m;
  }

  // ---------------------------------------------------------------- the scope's gates

  /**
   * {@code m} when the scope allows it (on its channel, or else on another channel of the model
   * that it allows); otherwise the scope's balanced choice for the step, with {@code
   * EXPORT-MODEL-OUT-OF-SCOPE}; when there is none, {@code EXPORT-NO-ALLOWED-MODEL} and the export
   * fails.
   */
  private ModelChoice gated(ModelChoice m, Step s) {
    Optional<String> denied = rejection(m);
    if (denied.isEmpty()) {
      return m;
    }
    Optional<ModelChoice> other = allowedChannel(m);
    if (other.isPresent()) {
      return other.get();
    }
    Optional<ModelChoice> balanced =
        result
            .simulation()
            .flatMap(sim -> Optional.ofNullable(sim.modes().get(CostMode.BALANCED)))
            .flatMap(p -> p.step(s.id()))
            .filter(st -> st.model().isPresent())
            .map(st -> resolve(st.model().get(), st.channel(), s, false))
            .filter(c -> rejection(c).isEmpty());
    if (balanced.isPresent()) {
      report(
          Diagnostic.of(
              ExportRule.MODEL_OUT_OF_SCOPE,
              at(s),
              "Model "
                  + Text.oneLine(m.catalogId().orElse(m.nativeId()))
                  + " of step '"
                  + s.id()
                  + "' is not allowed by the scope ("
                  + denied.get()
                  + "); the scope's balanced choice "
                  + balanced.get().catalogId().orElse(balanced.get().nativeId())
                  + " is exported instead.",
              "Name a model the scope allows for the step, or change the scope's gates."));
      return balanced.get();
    }
    fail(
        at(s),
        "Model "
            + Text.oneLine(m.catalogId().orElse(m.nativeId()))
            + " of step '"
            + s.id()
            + "' is not allowed by the scope ("
            + denied.get()
            + "), and the scope allows no model for the step; nothing is exported.");
    return m;
  }

  /** Why the scope rejects {@code m} on its channel; empty when it allows it or cannot tell. */
  public Optional<String> rejection(ModelChoice m) {
    if (gate.isEmpty() || m.catalogId().isEmpty()) {
      return Optional.empty();
    }
    Optional<Model> model = options.catalog().flatMap(c -> c.find(m.catalogId().get()));
    if (model.isEmpty()) {
      return Optional.empty();
    }
    Optional<Offering> off =
        m.channel()
            .flatMap(model.get()::offering)
            .or(() -> model.get().offerings().stream().findFirst());
    if (off.isEmpty()) {
      return Optional.empty();
    }
    return gate.get().rejection(model.get(), off.get());
  }

  /** The same model on its cheapest channel the scope allows, if any. */
  private Optional<ModelChoice> allowedChannel(ModelChoice m) {
    Optional<Model> model = m.catalogId().flatMap(id -> options.catalog().flatMap(c -> c.find(id)));
    if (model.isEmpty() || gate.isEmpty()) {
      return Optional.empty();
    }
    return model.get().offerings().stream()
        .filter(o -> o.pricing().isPresent() && gate.get().allows(model.get(), o))
        .min(Comparator.comparing(o -> o.pricing().get().input().add(o.pricing().get().output())))
        .map(
            o ->
                new ModelChoice(
                    Optional.of(model.get().id()),
                    Optional.of(o.channel()),
                    o.channelModelId(),
                    Optional.of(model.get().vendor())));
  }

  /** Reports {@code EXPORT-NO-ALLOWED-MODEL}; the bundle will hold no files. */
  private void fail(SourceLocation at, String message) {
    failed = true;
    report(
        Diagnostic.of(
            ExportRule.NO_ALLOWED_MODEL,
            at,
            message,
            "Enable a channel or loosen the gate the message names, or export another target."));
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
            Comparator.comparing((Step s) -> tier(s))
                .reversed()
                .thenComparing(
                    Comparator.comparingLong(
                            (Step s) -> s.inputTokens().tokens() + s.outputTokens().tokens())
                        .reversed())
                .thenComparingInt(s -> indexOf(s.id())))
        .findFirst();
  }

  /**
   * The model of a single-agent target bound to one vendor: the first model of that vendor among
   * the main step's model and fallbacks, then the other steps' models and fallbacks (main step
   * first, then by tier); else {@code fallback} with {@code EXPORT-MODEL-VENDOR}.
   */
  public ModelChoice agentModel(String vendor, String firstPartyChannel, String fallback) {
    List<Step> byRank = new ArrayList<>();
    mainStep().ifPresent(byRank::add);
    ordered.stream()
        .filter(ExportContext::callsModel)
        .filter(s -> !byRank.contains(s))
        .sorted(
            Comparator.comparing((Step s) -> tier(s))
                .reversed()
                .thenComparingInt(s -> indexOf(s.id())))
        .forEach(byRank::add);
    List<String> seen = new ArrayList<>();
    String deniedName = null;
    String deniedWhy = null;
    for (Step s : byRank) {
      List<String> names = new ArrayList<>();
      ownModel(s).ifPresent(m -> names.add(m.catalogId().orElse(m.nativeId())));
      names.addAll(s.fallbacks());
      for (String n : names) {
        ModelChoice m = resolveQuiet(n, Optional.of(firstPartyChannel));
        seen.add(n);
        if (m.vendor().filter(vendor::equals).isPresent()) {
          Optional<String> denied = rejection(m);
          if (denied.isEmpty()) {
            return m;
          }
          if (deniedName == null) {
            deniedName = m.catalogId().orElse(n);
            deniedWhy = denied.get();
          }
        }
      }
    }
    Step at = mainStep().orElse(ordered.get(0));
    ModelChoice def = resolveQuiet(fallback, Optional.of(firstPartyChannel));
    Optional<String> defDenied = rejection(def);
    if (defDenied.isPresent()) {
      Optional<ModelChoice> other = allowedOfVendor(vendor, firstPartyChannel, at);
      if (other.isPresent()) {
        report(
            Diagnostic.of(
                ExportRule.MODEL_OUT_OF_SCOPE,
                at(at),
                (deniedName != null
                        ? deniedName + " is not allowed by the scope (" + deniedWhy + "), nor"
                        : "The target's default")
                    + " is "
                    + fallback
                    + " ("
                    + defDenied.get()
                    + "); "
                    + other.get().catalogId().orElse(other.get().nativeId())
                    + ", the cheapest "
                    + vendor
                    + " model the scope allows on "
                    + firstPartyChannel
                    + " at the main step's tier, is exported.",
                "Name a " + vendor + " model the scope allows for the main step."));
        return other.get();
      }
      fail(
          at(at),
          "The target runs only "
              + vendor
              + " models on "
              + firstPartyChannel
              + ", and the scope allows none: "
              + (deniedName != null ? deniedName + " (" + deniedWhy + "), " : "")
              + fallback
              + " ("
              + defDenied.get()
              + "); nothing is exported.");
      return def;
    }
    if (deniedName != null) {
      report(
          Diagnostic.of(
              ExportRule.MODEL_OUT_OF_SCOPE,
              at(at),
              deniedName
                  + " is not allowed by the scope ("
                  + deniedWhy
                  + "); the target's default "
                  + fallback
                  + " is exported.",
              "Name a " + vendor + " model the scope allows for the main step."));
    } else if (seen.isEmpty()) {
      report(
          Diagnostic.of(
              ExportRule.NO_MODEL,
              at(at),
              "No step has a model in the plan or a requested model; " + fallback + " is exported.",
              "Compile with a catalog, or write '- model: <id>' under the main step."));
    } else {
      report(
          Diagnostic.of(
              ExportRule.MODEL_VENDOR,
              at(at),
              "The target runs only "
                  + vendor
                  + " models and the plan names none ("
                  + String.join(", ", new LinkedHashSet<>(seen))
                  + "); "
                  + fallback
                  + " is exported.",
              "Add a " + vendor + " model as the main step's model or fallback, or override it."));
    }
    return def;
  }

  /**
   * The cheapest model of {@code vendor} the scope allows on {@code channel}, at the lowest
   * capability tier at or above the main step's; else at any tier.
   */
  private Optional<ModelChoice> allowedOfVendor(String vendor, String channel, Step main) {
    if (gate.isEmpty()) {
      return Optional.empty();
    }
    CapabilityTier need = tier(main);
    List<ModelChoice> fits = new ArrayList<>();
    Comparator<Model> order =
        Comparator.comparing((Model m) -> m.capabilityTier().isAtLeast(need) ? 0 : 1)
            .thenComparing(
                m -> m.capabilityTier().isAtLeast(need) ? m.capabilityTier() : null,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                m ->
                    m.offering(channel)
                        .flatMap(Offering::pricing)
                        .map(p -> p.input().add(p.output()))
                        .orElse(java.math.BigDecimal.ZERO))
            .thenComparing(Model::id);
    return options.catalog().get().models().stream()
        .filter(m -> m.vendor().equals(vendor))
        .filter(
            m ->
                m.offering(channel)
                    .filter(o -> o.pricing().isPresent() && gate.get().allows(m, o))
                    .isPresent())
        .sorted(order)
        .findFirst()
        .map(
            m ->
                new ModelChoice(
                    Optional.of(m.id()),
                    Optional.of(channel),
                    m.offering(channel).get().channelModelId(),
                    Optional.of(vendor)));
  }

  private CapabilityTier tier(Step s) {
    if (s.tier().isPresent()) {
      return s.tier().get();
    }
    return ownModelCatalogTier(s).orElse(CapabilityTier.BALANCED);
  }

  private Optional<CapabilityTier> ownModelCatalogTier(Step s) {
    Optional<ModelCatalog> cat = options.catalog();
    if (cat.isEmpty()) {
      return Optional.empty();
    }
    String override = options.modelOverrides().get(s.id());
    Optional<String> name =
        override != null
            ? Optional.of(override)
            : plan.flatMap(p -> p.step(s.id())).flatMap(StepSimulation::model).or(s::model);
    return name.flatMap(n -> cat.get().find(n)).map(Model::capabilityTier);
  }

  private ModelChoice resolve(String name, Optional<String> planChannel, Step s, boolean report) {
    Optional<ModelCatalog> cat = options.catalog();
    Optional<Model> model = cat.flatMap(c -> c.find(name));
    if (model.isEmpty()) {
      if (report) {
        report(
            Diagnostic.of(
                ExportRule.UNKNOWN_MODEL,
                at(s),
                "Model '"
                    + Text.oneLine(name)
                    + "' of step '"
                    + s.id()
                    + "' is "
                    + (cat.isPresent()
                        ? "not in catalog " + cat.get().version()
                        : "not checked (no catalog)")
                    + "; it is exported as written.",
                cat.isPresent()
                    ? "Use a catalog id or alias (see 'cromus models')."
                    : "Export through an engine that has a catalog."));
      }
      return new ModelChoice(Optional.empty(), planChannel, Text.clean(name), vendorOf(name));
    }
    Model m = model.get();
    Optional<String> wanted = options.channel().or(() -> planChannel);
    Optional<Offering> off = wanted.flatMap(m::offering);
    if (options.channel().isPresent() && off.isEmpty()) {
      if (report) {
        report(
            Diagnostic.of(
                ExportRule.CHANNEL_UNAVAILABLE,
                at(s),
                "Channel '"
                    + Text.oneLine(options.channel().get())
                    + "' does not serve "
                    + m.id()
                    + "; the plan's channel is kept.",
                "Choose a channel that serves the model, or override the step's model."));
      }
      off = planChannel.flatMap(m::offering);
    }
    if (off.isEmpty() && !m.offerings().isEmpty()) {
      off = Optional.of(m.offerings().get(0));
    }
    return new ModelChoice(
        Optional.of(m.id()),
        off.map(Offering::channel),
        off.map(Offering::channelModelId).orElse(m.id()),
        Optional.of(m.vendor()));
  }

  private ModelChoice resolveQuiet(String name, Optional<String> channel) {
    Optional<Model> model = options.catalog().flatMap(c -> c.find(name));
    if (model.isEmpty()) {
      return new ModelChoice(Optional.empty(), channel, Text.clean(name), vendorOf(name));
    }
    Model m = model.get();
    Optional<Offering> off =
        channel.flatMap(m::offering).or(() -> m.offerings().stream().findFirst());
    return new ModelChoice(
        Optional.of(m.id()),
        off.map(Offering::channel),
        off.map(Offering::channelModelId).orElse(m.id()),
        Optional.of(m.vendor()));
  }

  /** The vendor of a model name that is not in the catalog, from well-known prefixes only. */
  static Optional<String> vendorOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int colon = n.indexOf(':');
    int slash = n.indexOf('/');
    if (colon > 0) {
      n = n.substring(colon + 1);
    } else if (slash > 0) {
      n = n.substring(slash + 1);
    }
    if (n.startsWith("claude")) {
      return Optional.of("anthropic");
    }
    if (n.startsWith("gemini")) {
      return Optional.of("google");
    }
    if (n.startsWith("gpt-") || n.matches("o[0-9].*")) {
      return Optional.of("openai");
    }
    return Optional.empty();
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

  private int indexOf(String id) {
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
