package ai.cromus.report.internal;

import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the money of a run goes: the declared plan's steps sorted by cost, most expensive first,
 * with the model and channel of each. Past {@value #MAX_ROWS} steps the rest are summed in one row
 * (its figures are derived: {@code data-derived="sum"}).
 */
final class StepCostSection implements Section {
  static final int MAX_ROWS = 40;

  @Override
  public String id() {
    return "steps";
  }

  @Override
  public String title() {
    return "Cost per step";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent() && !m.simulation().get().declared().steps().isEmpty();
  }

  @Override
  public void body(ReportModel m, Html h) {
    PlanSimulation d = m.simulation().get().declared();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < d.steps().size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigDecimal>comparing(i -> d.steps().get(i).cost().amount())
            .reversed()
            .thenComparingInt(i -> i));
    boolean fees = d.feesPerRun().isPresent();
    h.element(
            "p",
            "The declared plan's cost of one run, step by step, most expensive first; steps that"
                + (fees
                    ? " call no model cost only their tool fees here."
                    : " call no model cost nothing to run here."),
            "class",
            "note")
        .newline();
    BarTable t =
        new BarTable(
            "Cost a run per step, declared plan (USD)", List.of("step", "a run", "latency"));
    for (int k = 0; k < Math.min(order.size(), MAX_ROWS); k++) {
      int i = order.get(k);
      StepSimulation s = d.steps().get(i);
      String at = ReportFigures.pointer("simulation", "declared", "steps", i);
      t.row(
          new BarTable.Row(
              label(m, s),
              detail(s),
              List.of(
                  x -> ReportFigures.perRun(x, at + "/usd", s.cost()),
                  x -> ReportFigures.seconds(x, at + "/latencySeconds", s.latencySeconds())),
              s.cost().amount(),
              "b-main",
              s.costRange().map(r -> new BigDecimal[] {r.low().amount(), r.high().amount()}),
              null));
    }
    t.render(h);
    if (order.size() > MAX_ROWS) {
      BigDecimal rest = BigDecimal.ZERO;
      for (int k = MAX_ROWS; k < order.size(); k++) {
        rest = rest.add(d.steps().get(order.get(k)).cost().amount());
      }
      h.open("p", "class", "note").text("The other " + (order.size() - MAX_ROWS) + " steps cost ");
      h.open("data", "value", rest.toPlainString(), "data-derived", "sum")
          .text(ReportFigures.perRun(Money.usd(rest)))
          .close("data");
      h.text(" a run together.").close("p").newline();
    }
  }

  static String label(ReportModel m, StepSimulation s) {
    int n = m.number(s.stepId());
    String title = m.result().workflow().step(s.stepId()).map(Step::title).orElse(s.stepId());
    return n + ". " + title;
  }

  private static String detail(StepSimulation s) {
    StringBuilder extra = new StringBuilder();
    s.turns().ifPresent(n -> extra.append("; loop of ").append(n).append(" turns"));
    s.fees()
        .ifPresent(f -> extra.append("; fees ").append(ReportFigures.perRun(f)).append(" a run"));
    s.costRange()
        .ifPresent(
            r ->
                extra
                    .append("; low ")
                    .append(ReportFigures.perRun(r.low()))
                    .append(", high ")
                    .append(ReportFigures.perRun(r.high())));
    return model(s) + extra;
  }

  private static String model(StepSimulation s) {
    if (s.model().isEmpty()) {
      return "no model";
    }
    String by =
        s.modelOrigin().isEmpty() || s.modelOrigin().get() == ModelOrigin.DECLARED
            ? ""
            : " (chosen by Cromus)";
    return s.model().get() + s.channel().map(c -> " · " + c).orElse("") + by;
  }
}
