package ai.cromus.report.internal;

import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Cost per run and per month of each plan, the declared one and the five modes, as a bar chart of
 * the monthly cost with latency and failure risk beside it, and the problems of any plan that is
 * infeasible or over budget. A plan whose sizes are ranges gets a whisker from its low to its high
 * monthly cost ({@link BarTable.Row#range()}) and the three figures under its name.
 */
final class PlansSection implements Section {
  @Override
  public String id() {
    return "cost";
  }

  @Override
  public String title() {
    return "Cost per plan";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent();
  }

  @Override
  public void body(ReportModel m, Html h) {
    Simulation s = m.simulation().get();
    h.open("p", "class", "note")
        .text("What one run and a month of ")
        .text(ReportFigures.count(s.runsPerMonth()))
        .text(
            " runs cost with the models the author named (declared) and under each of the five"
                + " modes, which Cromus picks per step from the catalog and the scope. The mode in"
                + " force is "
                + m.mode().id()
                + " ("
                + m.modeSource()
                + ").")
        .close("p")
        .newline();
    BarTable t =
        new BarTable(
            "Cost a month per plan (USD)",
            List.of("plan", "a run", "a month", "latency", "failure risk"));
    List<String> problems = new ArrayList<>();
    for (PlanSimulation p : m.plans()) {
      String name = ReportModel.planName(p);
      boolean inForce = p.mode().isPresent() && p.mode().get() == m.mode();
      String detail =
          p.mode().isEmpty() ? "the models in the workflow" : inForce ? "mode in force" : null;
      if (!p.feasible()) {
        detail = "infeasible under the scope";
      } else if (!p.problems().isEmpty()) {
        detail = (detail == null ? "" : detail + ", ") + "over budget";
      }
      if (p.feasible() && p.perMonthRange().isPresent()) {
        CostRange r = p.perMonthRange().get();
        detail =
            (detail == null ? "" : detail + "; ")
                + "low "
                + ReportFigures.perMonth(r.low())
                + ", expected "
                + ReportFigures.perMonth(r.expected())
                + ", high "
                + ReportFigures.perMonth(r.high())
                + " a month";
      }
      p.problems().forEach(x -> problems.add(name + ": " + x));
      t.row(
          new BarTable.Row(
              name,
              detail,
              cells(p),
              p.feasible() ? p.perMonth().amount() : BigDecimal.ZERO,
              p.mode().isEmpty() ? "b-main" : p.feasible() ? "b-alt" : "b-none",
              p.feasible()
                  ? p.perMonthRange()
                      .map(r -> new BigDecimal[] {r.low().amount(), r.high().amount()})
                  : Optional.<BigDecimal[]>empty(),
              null));
    }
    t.render(h);
    if (!problems.isEmpty()) {
      h.open("ul", "class", "note");
      problems.forEach(x -> h.element("li", x));
      h.close("ul").newline();
    }
  }

  private static List<Consumer<Html>> cells(PlanSimulation p) {
    String at = ReportModel.planPointer(p);
    if (!p.feasible()) {
      Consumer<Html> none = h -> h.text("—");
      return List.of(none, none, none, none);
    }
    return List.of(
        h -> ReportFigures.perRun(h, at + "/perRunUsd", p.perRun()),
        h -> ReportFigures.perMonth(h, at + "/perMonthUsd", p.perMonth()),
        h -> ReportFigures.seconds(h, at + "/latencySeconds", p.latencySeconds()),
        h -> ReportFigures.percent(h, at + "/failureRisk", p.failureRisk()));
  }
}
