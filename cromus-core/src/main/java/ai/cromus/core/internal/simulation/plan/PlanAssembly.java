package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.latency.CriticalPath;
import ai.cromus.core.internal.simulation.latency.PlanTiming;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.internal.simulation.pricing.NonModelPricing;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan from one pick per model step: every step's simulation (the steps that call no model are
 * the same in every plan), the totals, the critical path and failure risk, and why the plan is
 * infeasible or over budget.
 */
public final class PlanAssembly {
  private final SimulationContext context;
  private final CriticalPath path;

  /** The figures and the simulation of each step that calls no model, by step id. */
  private final Map<String, Figures> nonModel;

  private final Map<String, StepSimulation> nonModelSimulations;

  public PlanAssembly(SimulationContext context) {
    this.context = context;
    this.path = CriticalPath.of(context.workflow());
    Map<String, Figures> figures = new HashMap<>();
    Map<String, StepSimulation> simulations = new HashMap<>();
    for (Step s : context.steps()) {
      if (s.kind() != StepKind.LLM) {
        Figures f = NonModelPricing.figures(s, context.failureRates());
        figures.put(s.id(), f);
        simulations.put(s.id(), StepSimulations.of(s, context.tierOf(s), f));
      }
    }
    this.nonModel = Map.copyOf(figures);
    this.nonModelSimulations = Map.copyOf(simulations);
  }

  /**
   * The plan of {@code mode} (empty: the declared plan) with {@code picks} by step id; a model step
   * without a pick makes the plan infeasible.
   */
  public PlanSimulation plan(Optional<CostMode> mode, Map<String, Pick> picks) {
    List<StepSimulation> steps = new ArrayList<>();
    List<BigDecimal> latency = new ArrayList<>();
    List<BigDecimal> failure = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ZERO;
    BigDecimal fees = BigDecimal.ZERO;
    boolean feasible = true;
    for (Step s : context.steps()) {
      Pick pick = picks.get(s.id());
      Figures f;
      StepSimulation simulation;
      if (s.kind() != StepKind.LLM) {
        f = nonModel.get(s.id());
        simulation = nonModelSimulations.get(s.id());
      } else if (pick == null) {
        feasible = false;
        problems.add(
            "step '"
                + s.id()
                + "': no model the scope allows meets its "
                + context.tierOf(s).id()
                + " tier");
        f = Figures.none("infeasible: no allowed model");
        simulation = StepSimulations.of(s, context.tierOf(s), f);
      } else {
        f = pick.figures();
        simulation = pick.simulation();
        if (!f.priced()) {
          feasible = false;
          problems.add("step '" + s.id() + "': " + pick.model().id() + " has no token prices");
        }
      }
      steps.add(simulation);
      total = total.add(f.cost());
      low = low.add(f.low());
      high = high.add(f.high());
      fees = fees.add(f.fees());
      latency.add(f.latency());
      failure.add(f.failure());
    }
    Money perRun = Money.usd(total);
    Money perMonth = perRun.times(context.runsPerMonth());
    Optional<CostRange> range =
        high.compareTo(low) == 0
            ? Optional.empty()
            : Optional.of(CostRange.of(Money.usd(low), perRun, Money.usd(high)));
    String who = mode.map(m -> "mode " + m.id()).orElse("the declared plan");
    problems.addAll(
        context
            .budgets()
            .problems(who, range.orElse(CostRange.point(perRun)), context.runsPerMonth()));
    PlanTiming timing = PlanTiming.of(path, latency, failure);
    return PlanSimulation.builder()
        .mode(mode)
        .perRun(perRun)
        .perMonth(perMonth)
        .perRunRange(range)
        .perMonthRange(range.map(r -> r.times(context.runsPerMonth())))
        .feesPerRun(fees.signum() > 0 ? Optional.of(Money.usd(fees)) : Optional.<Money>empty())
        .latencySeconds(timing.criticalPath())
        .serialLatencySeconds(timing.serial())
        .failureRisk(timing.failureRisk())
        .addAllSteps(steps)
        .feasible(feasible)
        .addAllProblems(problems)
        .build();
  }
}
