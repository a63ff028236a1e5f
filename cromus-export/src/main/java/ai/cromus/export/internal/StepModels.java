package ai.cromus.export.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.scope.ScopeGate;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model of each step of one export call, under the plan and the scope's gates: resolved against
 * the catalog once per step, with the diagnostics of {@link ExportContext}.
 */
final class StepModels {
  private final ExportContext ctx;
  private final CompileResult result;
  private final ExportOptions options;
  private final Optional<PlanSimulation> plan;
  private final Optional<ScopeGate> gate;
  private final Map<String, ModelChoice> models = new HashMap<>();
  private final Map<String, Optional<ModelChoice>> own = new HashMap<>();

  StepModels(ExportContext ctx, Optional<PlanSimulation> plan) {
    this.ctx = ctx;
    this.result = ctx.result();
    this.options = ctx.options();
    this.plan = plan;
    this.gate = options.catalog().map(c -> ScopeGate.of(result.scope(), c));
  }

  /** The scope's gate over the catalog; empty without a catalog. */
  Optional<ScopeGate> gate() {
    return gate;
  }

  /**
   * The model of a step under the plan: the override, else the plan's model, else the model the
   * step requests. Steps that call no model (tools, retrieval, people, code) get the workflow's
   * main model, since an agent runtime still needs one to drive them, or {@link
   * ExportContext#DEFAULT_MODEL} without a diagnostic. A step that calls a model and has none gets
   * {@link ExportContext#DEFAULT_MODEL} and {@code EXPORT-NO-MODEL}.
   */
  ModelChoice model(Step s) {
    ModelChoice m = models.get(s.id());
    if (m == null) {
      m =
          ownModel(s)
              .or(
                  () ->
                      ExportContext.callsModel(s)
                          ? Optional.empty()
                          : ctx.mainStep()
                              .filter(main -> !main.id().equals(s.id()))
                              .flatMap(this::ownModel))
              .orElseGet(
                  () -> {
                    ModelChoice d =
                        resolve(ExportContext.DEFAULT_MODEL, Optional.empty(), s, false);
                    Optional<String> denied = rejection(d);
                    if (denied.isPresent()) {
                      fail(
                          ctx.at(s),
                          "Step '"
                              + s.id()
                              + "' has no model the scope allows, and the default "
                              + ExportContext.DEFAULT_MODEL
                              + " is not allowed either ("
                              + denied.get()
                              + "); nothing is exported.");
                      return d;
                    }
                    if (ExportContext.callsModel(s)) {
                      ctx.report(
                          Diagnostic.of(
                              ExportRule.NO_MODEL,
                              ctx.at(s),
                              "Step '"
                                  + s.id()
                                  + "' has no model in the plan and requests none; "
                                  + ExportContext.DEFAULT_MODEL
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
  Optional<ModelChoice> ownModel(Step s) {
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
      ctx.report(
          Diagnostic.of(
              ExportRule.MODEL_OUT_OF_SCOPE,
              ctx.at(s),
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
        ctx.at(s),
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
  Optional<String> rejection(ModelChoice m) {
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
  void fail(SourceLocation at, String message) {
    ctx.markFailed();
    ctx.report(
        Diagnostic.of(
            ExportRule.NO_ALLOWED_MODEL,
            at,
            message,
            "Enable a channel or loosen the gate the message names, or export another target."));
  }

  CapabilityTier tier(Step s) {
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

  ModelChoice resolve(String name, Optional<String> planChannel, Step s, boolean report) {
    Optional<ModelCatalog> cat = options.catalog();
    Optional<Model> model = cat.flatMap(c -> c.find(name));
    if (model.isEmpty()) {
      if (report) {
        ctx.report(
            Diagnostic.of(
                ExportRule.UNKNOWN_MODEL,
                ctx.at(s),
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
        ctx.report(
            Diagnostic.of(
                ExportRule.CHANNEL_UNAVAILABLE,
                ctx.at(s),
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

  ModelChoice resolveQuiet(String name, Optional<String> channel) {
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
}
