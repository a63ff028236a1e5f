package ai.cromus.core.internal.simulation;

import ai.cromus.core.money.Money;
import ai.cromus.core.scope.BudgetBasis;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budgets a plan must fit: the workflow's and the scope's, per run and per month. Where both
 * give one, the lower binds.
 */
public record Budgets(
    Optional<Money> workflowPerRun,
    Optional<Money> workflowPerMonth,
    Optional<Money> scopePerRun,
    Optional<Money> scopePerMonth,
    BudgetBasis basis) {

  public static Budgets of(Workflow workflow, Scope scope) {
    return new Budgets(
        workflow.budget().perRun(),
        workflow.budget().perMonth(),
        scope.budget().perRun(),
        scope.budget().perMonth(),
        scope.budgetBasis().orElse(BudgetBasis.EXPECTED));
  }

  /** The figure of {@code range} the budgets judge: the expected cost, or the high end. */
  public Money judged(CostRange range) {
    return basis == BudgetBasis.HIGH ? range.high() : range.expected();
  }

  /** True when some budget is set and it judges the high end of the size ranges. */
  public boolean judgesHigh() {
    return basis == BudgetBasis.HIGH && any();
  }

  /** The budget a run must fit, if any. */
  public Optional<Money> perRun() {
    return lower(workflowPerRun, scopePerRun);
  }

  /** The budget a month must fit, if any. */
  public Optional<Money> perMonth() {
    return lower(workflowPerMonth, scopePerMonth);
  }

  /** True when some budget is set. */
  public boolean any() {
    return perRun().isPresent() || perMonth().isPresent();
  }

  /** True when a plan costing {@code perRun} a run fits every budget at {@code runs} a month. */
  public boolean fits(BigDecimal perRun, long runs) {
    Money run = Money.usd(perRun);
    if (perRun().isPresent() && run.isGreaterThan(perRun().get())) {
      return false;
    }
    return perMonth().isEmpty() || !run.times(runs).isGreaterThan(perMonth().get());
  }

  /**
   * The budgets {@code who} (a plan) breaks at {@code runs} runs a month, judged on the figure of
   * the plan's cost range the basis names, for the plan's problems.
   */
  public List<String> problems(String who, CostRange range, long runs) {
    Money perRun = judged(range);
    Money perMonth = perRun.times(runs);
    List<String> out = new ArrayList<>();
    perRun()
        .filter(perRun::isGreaterThan)
        .ifPresent(
            b ->
                out.add(
                    who
                        + " costs "
                        + perRun.display()
                        + " a run, over the per-run budget of "
                        + b.display()));
    perMonth()
        .filter(perMonth::isGreaterThan)
        .ifPresent(
            b ->
                out.add(
                    who
                        + " costs "
                        + perMonth.display()
                        + " a month, over the per-month budget of "
                        + b.display()));
    return out;
  }

  /** The budgets the declared plan breaks, naming whose budget each is. */
  public List<String> breaches(PlanSimulation declared) {
    List<String> out = new ArrayList<>();
    Money perRun = judged(declared.costPerRun());
    Money perMonth = judged(declared.costPerMonth());
    breach(out, perRun, workflowPerRun, "a run", "the workflow's per-run budget");
    breach(out, perRun, scopePerRun, "a run", "the scope's per-run budget");
    breach(out, perMonth, workflowPerMonth, "a month", "the workflow's per-month budget");
    breach(out, perMonth, scopePerMonth, "a month", "the scope's per-month budget");
    return out;
  }

  private static void breach(
      List<String> out, Money cost, Optional<Money> budget, String per, String whose) {
    budget
        .filter(cost::isGreaterThan)
        .ifPresent(
            b ->
                out.add(
                    "the declared plan costs "
                        + cost.display()
                        + " "
                        + per
                        + ", over "
                        + whose
                        + " of "
                        + b.display()));
  }

  private static Optional<Money> lower(Optional<Money> a, Optional<Money> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) <= 0 ? a.get() : b.get());
  }
}
