package ai.cromus.core.internal.simulation;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.simulation.baseline.Baselines;
import ai.cromus.core.internal.simulation.latency.Fastest;
import ai.cromus.core.internal.simulation.latency.ParallelSteps;
import ai.cromus.core.internal.simulation.matrix.TierModeMatrix;
import ai.cromus.core.internal.simulation.plan.BuiltinToolFindings;
import ai.cromus.core.internal.simulation.plan.CandidateRanking;
import ai.cromus.core.internal.simulation.plan.DeclaredPlan;
import ai.cromus.core.internal.simulation.plan.Infeasibility;
import ai.cromus.core.internal.simulation.plan.LoopFindings;
import ai.cromus.core.internal.simulation.plan.ModePicks;
import ai.cromus.core.internal.simulation.plan.Pick;
import ai.cromus.core.internal.simulation.plan.PlanAssembly;
import ai.cromus.core.internal.simulation.plan.StepChoices;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Fallbacks;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.internal.simulation.pricing.Offers;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.internal.simulation.recommend.Recommendations;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulate and recommend stages, wired: a pure function of the workflow, the scope, the catalog
 * and the date promotional prices are judged against. Formulas: {@code docs/simulation.md}.
 *
 * <ol>
 *   <li>{@link SimulationContext}: the steps, the tier each model step needs, the offers the scope
 *       allows, budgets, failure rates, runs a month;
 *   <li>{@link CandidateRanking}, per model step: every allowed offer that fits it, priced ({@link
 *       CandidatePricing}), and ranked under each mode;
 *   <li>{@link ModePicks}: each mode's pick per step, the quality plan fitted to the budgets;
 *   <li>{@link DeclaredPlan}: the models the workflow names;
 *   <li>{@link PlanAssembly}: each plan's steps, totals, critical path and failure risk;
 *   <li>{@link TierModeMatrix}, {@link Baselines}, {@link Recommendations}.
 * </ol>
 */
public final class SimulationStage {
  private SimulationStage() {}

  /**
   * Simulates a workflow under a scope.
   *
   * @param asOf the date promotional prices are judged against
   */
  public static SimulationOutcome run(
      Workflow workflow, Scope scope, ModelCatalog catalog, LocalDate asOf) {
    Objects.requireNonNull(workflow, "workflow must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    SimulationContext context = SimulationContext.of(workflow, scope, catalog, asOf);
    CandidatePricing pricing = new CandidatePricing(context.failureRates(), context.runsPerMonth());
    CandidateRanking ranking = new CandidateRanking(context, pricing);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<StepChoices> choices = new ArrayList<>();
    for (Step s : context.modelSteps()) {
      diagnostics.addAll(Fallbacks.unknown(s, catalog, context.at(s)));
      choices.add(ranking.choices(s));
    }
    ModePicks picks = ModePicks.of(context, pricing, choices);
    PlanAssembly plans = new PlanAssembly(context);
    Map<CostMode, PlanSimulation> modes = new EnumMap<>(CostMode.class);
    for (CostMode mode : CostMode.values()) {
      modes.put(mode, plans.plan(Optional.of(mode), picks.picks(mode)));
    }
    diagnostics.addAll(Infeasibility.report(context, picks.candidates()));
    DeclaredPlan.Result declared =
        DeclaredPlan.of(context, pricing, choices, picks.candidates(CostMode.BALANCED));
    diagnostics.addAll(declared.diagnostics());
    PlanSimulation declaredPlan = plans.plan(Optional.empty(), declared.picks());
    diagnostics.addAll(LoopFindings.of(context, pricing, declared.picks()));
    diagnostics.addAll(BuiltinToolFindings.of(context, declared.picks()));
    diagnostics.addAll(ParallelSteps.of(context, declaredPlan));
    Simulation simulation =
        Simulation.builder()
            .runsPerMonth(context.runsPerMonth())
            .declared(declaredPlan)
            .putAllModes(modes)
            .addAllMatrix(TierModeMatrix.cells(context, choices))
            .baseline(Baselines.of(scope.assumptions(), declaredPlan, context.runsPerMonth()))
            .build();
    return new SimulationOutcome(
        simulation,
        Recommendations.of(context, choices, picks, declaredPlan),
        diagnostics,
        stepTiers(context),
        context.budgets().breaches(declaredPlan),
        fastest(choices));
  }

  /**
   * The plan of a configuration: each model step on the model (catalog id) and channel {@code pins}
   * gives it, without fallbacks, priced as the declared plan prices a named model (its cheapest
   * priced offering when the channel is absent or does not serve it). A model step that is not
   * pinned, or pinned to a model the catalog lacks or cannot price, makes the plan infeasible, with
   * a problem naming the step.
   *
   * @param pins by step id: the catalog model id and, optionally, the channel id
   */
  public static PlanSimulation configuration(
      Workflow workflow,
      Scope scope,
      ModelCatalog catalog,
      LocalDate asOf,
      Map<String, Map.Entry<String, Optional<String>>> pins) {
    SimulationContext context = SimulationContext.of(workflow, scope, catalog, asOf);
    CandidatePricing pricing = new CandidatePricing(context.failureRates(), context.runsPerMonth());
    Map<String, Pick> picks = new LinkedHashMap<>();
    for (Step s : context.modelSteps()) {
      Map.Entry<String, Optional<String>> pin = pins.get(s.id());
      Optional<Model> m = pin == null ? Optional.empty() : catalog.find(pin.getKey());
      if (m.isEmpty()) {
        continue; // the plan reports the step as having no model
      }
      Optional<Offering> o =
          pin.getValue()
              .flatMap(m.get()::offering)
              .filter(x -> x.pricing().isPresent())
              .or(() -> Offers.cheapest(s, m.get(), context.filter(), false));
      if (o.isPresent()) {
        StepDemand demand = StepDemand.of(s, context.tierOf(s), context.failureRates());
        Figures f =
            pricing.figures(
                demand,
                Offers.named(catalog, context.filter(), m.get(), o.get()),
                false,
                List.of());
        picks.put(s.id(), Pick.of(s, demand.need(), m.get(), o.get(), ModelOrigin.DECLARED, f));
      }
    }
    return new PlanAssembly(context).plan(Optional.empty(), picks);
  }

  private static Map<String, CapabilityTier> stepTiers(SimulationContext context) {
    Map<String, CapabilityTier> out = new LinkedHashMap<>();
    context.tiers().forEach((id, c) -> out.put(id, c.tier()));
    return out;
  }

  private static Map<String, Fastest> fastest(List<StepChoices> choices) {
    Map<String, Fastest> out = new LinkedHashMap<>();
    choices.forEach(c -> c.fastest().ifPresent(f -> out.put(c.step().id(), f)));
    return out;
  }
}
