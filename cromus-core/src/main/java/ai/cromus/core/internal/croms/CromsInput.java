package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every family of Croms findings reads: the workflow, the scope, the catalog and the
 * simulation's outcome, with the steps Croms looks at (the first step of each id, in workflow
 * order), the declared plan's simulation of each, and which steps name each step in their {@code
 * after}. Built once per analysis; immutable.
 *
 * @param steps the first step of each id, in workflow order; a step's position here is its index
 * @param declaredSteps the declared plan's simulation of each step, by index
 * @param dependents for each step, the indexes of the steps that name it in their {@code after} (a
 *     step naming it twice counts twice)
 */
public record CromsInput(
    Workflow workflow,
    Scope scope,
    ModelCatalog catalog,
    SimulationOutcome simulation,
    List<Step> steps,
    Map<String, Integer> index,
    List<Optional<StepSimulation>> declaredSteps,
    List<List<Integer>> dependents) {

  public static CromsInput of(
      Workflow workflow, Scope scope, ModelCatalog catalog, SimulationOutcome simulation) {
    Map<String, Integer> index = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (Step s : workflow.steps()) {
      if (index.putIfAbsent(s.id(), steps.size()) == null) {
        steps.add(s);
      }
    }
    Map<String, StepSimulation> declared = new HashMap<>();
    simulation.simulation().declared().steps().forEach(x -> declared.putIfAbsent(x.stepId(), x));
    List<Optional<StepSimulation>> declaredSteps = new ArrayList<>();
    List<List<Integer>> dependents = new ArrayList<>();
    for (Step s : steps) {
      declaredSteps.add(Optional.ofNullable(declared.get(s.id())));
      dependents.add(new ArrayList<>());
    }
    for (int i = 0; i < steps.size(); i++) {
      for (String d : steps.get(i).dependsOn()) {
        Integer j = index.get(d);
        if (j != null) {
          dependents.get(j).add(i);
        }
      }
    }
    List<List<Integer>> frozen = new ArrayList<>();
    dependents.forEach(l -> frozen.add(List.copyOf(l)));
    return new CromsInput(
        workflow,
        scope,
        catalog,
        simulation,
        List.copyOf(steps),
        Map.copyOf(index),
        List.copyOf(declaredSteps),
        List.copyOf(frozen));
  }

  /** The declared plan. */
  public PlanSimulation declared() {
    return simulation.simulation().declared();
  }

  /** Runs a month. */
  public long runs() {
    return simulation.simulation().runsPerMonth();
  }

  /** The step of an id (the first of that id). */
  public Optional<Step> step(String id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(steps.get(i));
  }

  /** The declared plan's simulation of the step of an id. */
  public Optional<StepSimulation> declaredStep(String id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : declaredSteps.get(i);
  }

  /** The declared cost of a run of the step at {@code i}; zero when the plan does not cover it. */
  public Money stepCost(int i) {
    return declaredSteps.get(i).map(StepSimulation::cost).orElse(Money.ZERO);
  }

  /** The declared monthly cost of the step of an id; zero when the plan does not cover it. */
  public BigDecimal stepMonthly(String id) {
    return declaredStep(id).map(s -> s.cost().times(runs()).amount()).orElse(BigDecimal.ZERO);
  }

  /** The prices of the offering the declared plan runs a step on. */
  public Optional<Pricing> pricing(StepSimulation ss) {
    if (ss.model().isEmpty() || ss.channel().isEmpty()) {
      return Optional.empty();
    }
    return catalog
        .find(ss.model().get())
        .flatMap(m -> m.offering(ss.channel().get()))
        .flatMap(o -> o.pricing());
  }

  /** The severity of a saving of {@code perMonth}, by its share of the declared monthly cost. */
  public FindingSeverity costSeverity(Money perMonth) {
    return CromsScore.severity(CromsScore.share(perMonth.amount(), declared().perMonth().amount()));
  }
}
